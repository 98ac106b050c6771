// A minimal answering bot on the official Bot Framework SDK for JavaScript (botbuilder 4.23.3):
// the peer ProgramaBot is measured against. Local mode (no app id, no token), express, CloudAdapter.
// It answers every message with one canned Spanish text; with deliveryMode "expectReplies" the SDK
// returns the reply in the HTTP body, exactly like ProgramaBot.
//   PORT=3979 node bench/peer-bot.js
'use strict';
const express = require('express');
const { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } = require('botbuilder');

const auth = new ConfigurationBotFrameworkAuthentication({}); // no MicrosoftAppId: anonymous local mode
const adapter = new CloudAdapter(auth);
adapter.onTurnError = async (context, error) => {
  console.error('turn error', error);
  await context.sendActivity('Ocurrió un error.');
};

const ANSWER = 'La Sesión Ordinaria III está programada para septiembre (2021). Las fechas son enunciativas, más no limitativas. Fuente: apartado 4.';

class PeerBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(ANSWER);
      await next();
    });
  }
}
const bot = new PeerBot();

const app = express();
app.use(express.json({ limit: '256kb' }));
app.post('/api/messages', (req, res) => adapter.process(req, res, (context) => bot.run(context)));
app.get('/healthz', (req, res) => res.status(200).send('Healthy'));

const port = Number(process.env.PORT || 3979);
app.listen(port, '127.0.0.1', () => console.error(`peer bot listening on http://127.0.0.1:${port}`));
