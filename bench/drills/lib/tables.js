// Reads what the bot stored in Azure Table Storage (Azurite), independently of the bot's own code: the drills'
// verdicts come from the tables, not from what the bot answered. Keys are the bot's URL-safe Base64 of the ids.
'use strict';
const { TableClient } = require('@azure/data-tables');

const decodeKey = (key) => Buffer.from(key.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');

async function rows(connectionString, table) {
  const client = TableClient.fromConnectionString(connectionString, table, { allowInsecureConnection: true });
  const all = [];
  try {
    for await (const entity of client.listEntities()) all.push(entity);
  } catch (e) {
    if (e.statusCode === 404) return all; // the bot creates its tables on first use
    throw e;
  }
  return all;
}

/** Conversation ids with a stored reference, and whether each is active. */
async function conversationReferences(conn, prefix) {
  const result = new Map();
  for (const e of await rows(conn, `${prefix}ConversationReferences`)) {
    const body = JSON.parse(e.Body);
    result.set(decodeKey(e.rowKey), body);
  }
  return result;
}

/** Per request id: { request, votes: [vote], audit: [entry] } from the one partition each request has. */
async function approvals(conn, prefix) {
  const result = new Map();
  for (const e of await rows(conn, `${prefix}Approvals`)) {
    const id = decodeKey(e.partitionKey);
    const item = result.get(id) || { request: null, votes: [], audit: [], publication: null };
    const body = e.Body ? JSON.parse(e.Body) : null;
    if (e.rowKey === 'request') item.request = body;
    else if (e.rowKey.startsWith('vote|')) item.votes.push(body);
    else if (e.rowKey.startsWith('audit|')) item.audit.push(body);
    else if (e.rowKey === 'publication') item.publication = e; // plain properties: TargetVersion, CardVersion, Pending, …
    result.set(id, item);
  }
  return result;
}

/** The sent-notice log: one row per (notice, conversation). */
async function noticeLog(conn, prefix) {
  return (await rows(conn, `${prefix}NoticeLog`)).map((e) => JSON.parse(e.Body));
}

module.exports = { conversationReferences, approvals, noticeLog, decodeKey };
