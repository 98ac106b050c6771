// Azure Bot registration: a user-assigned managed identity (default) or a single-tenant Entra app, messages delivered
// to the web app, Teams channel on.
param name string
param skuName string
@description('UserAssignedMSI or SingleTenant, as the web app\'s MicrosoftAppType.')
param microsoftAppType string
param microsoftAppId string
param tenantId string
@description('Resource id of the user-assigned identity the bot is (UserAssignedMSI); empty with SingleTenant.')
param botIdentityId string
param messagingEndpoint string
param tags object

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global' // Azure Bot is a global resource; the web app holds the regional data.
  tags: tags
  kind: 'azurebot'
  sku: {
    name: skuName
  }
  properties: {
    displayName: 'ProgramaBot'
    description: 'Programa Anual de Trabajo de la Comisión de Seguimiento del SPEN (IEPC Durango)'
    endpoint: messagingEndpoint
    msaAppId: microsoftAppId
    msaAppType: microsoftAppType
    msaAppTenantId: tenantId
    msaAppMSIResourceId: microsoftAppType == 'UserAssignedMSI' ? botIdentityId : null
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      enableCalling: false
    }
  }
}

output messagingEndpoint string = bot.properties.endpoint
