// Linux App Service running the bot, with the settings the app reads (docs/DEPLOY.md, "Settings").
param planName string
param siteName string
param location string
param skuName string
param instanceCount int
param microsoftAppId string
param tenantId string
@description('Key Vault reference to the client secret, never the secret itself.')
param appCredentialReference string
param tableServiceUri string
@description('Run Hangfire on PostgreSQL (several instances) instead of in memory (one instance).')
param useHangfirePostgreSql bool
@description('Key Vault reference to the Npgsql connection string, used when useHangfirePostgreSql.')
param hangfireConnectionStringReference string
param tags object

var botSettings = [
  // Explicit, never inferred from how the app was built: Development has no inbound authentication.
  { name: 'ASPNETCORE_ENVIRONMENT', value: 'Production' }
  { name: 'MicrosoftAppType', value: 'SingleTenant' }
  { name: 'MicrosoftAppId', value: microsoftAppId }
  { name: 'MicrosoftAppTenantId', value: tenantId }
  { name: 'MicrosoftAppPassword', value: appCredentialReference }
  { name: 'Storage__Provider', value: 'AzureTables' }
  { name: 'Storage__AzureTables__ServiceUri', value: tableServiceUri }
  { name: 'Hangfire__Storage', value: useHangfirePostgreSql ? 'PostgreSql' : 'InMemory' }
]
var hangfireSettings = useHangfirePostgreSql
  ? [{ name: 'Hangfire__PostgreSql__ConnectionString', value: hangfireConnectionStringReference }]
  : []

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: skuName
    capacity: instanceCount
  }
  properties: {
    reserved: true // Linux
  }
}

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: siteName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // No sticky sessions: every instance can serve every turn (state is in Table Storage).
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: 'SystemAssigned'
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true // Hangfire's server must keep running to fire reminders.
      healthCheckPath: '/healthz'
      http20Enabled: true
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: concat(botSettings, hangfireSettings)
    }
  }
}

resource ftpBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

output principalId string = site.identity.principalId
output baseUrl string = 'https://${site.properties.defaultHostName}'
