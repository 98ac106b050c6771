// The bot's own identity when MicrosoftAppType=UserAssignedMSI: Azure Bot registers it as the bot's app, and the web
// app obtains Bot Connector tokens as it — no client secret exists, so none can expire.
param name string
param location string
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output clientId string = identity.properties.clientId
output tenantId string = identity.properties.tenantId
