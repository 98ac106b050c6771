// Linux App Service running the bot, with the settings the app reads (docs/DEPLOY.md, "Settings").
param planName string
param siteName string
param location string
param skuName string
param instanceCount int
@description('UserAssignedMSI (the bot signs in as botIdentityId) or SingleTenant (app registration + client secret).')
param microsoftAppType string
param microsoftAppId string
param tenantId string
@description('Resource id of the bot\'s user-assigned identity (UserAssignedMSI); empty with SingleTenant.')
param botIdentityId string
@description('Key Vault reference to the client secret, never the secret itself (SingleTenant only).')
param appCredentialReference string
@description('Application Insights connection string the app exports its OpenTelemetry to.')
param applicationInsightsConnectionString string
@description('Log Analytics workspace that keeps the App Service logs.')
param workspaceId string
param tableServiceUri string
@description('Run Hangfire on PostgreSQL (several instances) instead of in memory (one instance).')
param useHangfirePostgreSql bool
@description('Key Vault reference to the Npgsql connection string, used when useHangfirePostgreSql.')
param hangfireConnectionStringReference string
param tags object

var useManagedIdentity = microsoftAppType == 'UserAssignedMSI'
var botSettings = [
  // Explicit, never inferred from how the app was built: Development has no inbound authentication.
  { name: 'ASPNETCORE_ENVIRONMENT', value: 'Production' }
  { name: 'MicrosoftAppType', value: microsoftAppType }
  { name: 'MicrosoftAppId', value: microsoftAppId }
  { name: 'MicrosoftAppTenantId', value: tenantId }
  { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: applicationInsightsConnectionString }
  { name: 'Storage__Provider', value: 'AzureTables' }
  { name: 'Storage__AzureTables__ServiceUri', value: tableServiceUri }
  { name: 'Hangfire__Storage', value: useHangfirePostgreSql ? 'PostgreSql' : 'InMemory' }
]
// With a managed identity there is no secret at all; a client secret reaches the app only as a Key Vault reference.
var credentialSettings = useManagedIdentity ? [] : [{ name: 'MicrosoftAppPassword', value: appCredentialReference }]
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
  // The system-assigned identity reads Key Vault and writes the tables (access.bicep); the user-assigned one is the
  // bot's own (Bot Connector tokens), used only by name (MicrosoftAppId = its client id).
  identity: useManagedIdentity
    ? {
        type: 'SystemAssigned, UserAssigned'
        userAssignedIdentities: {
          '${botIdentityId}': {}
        }
      }
    : {
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
      appSettings: concat(botSettings, credentialSettings, hangfireSettings)
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

// App Service logs kept: the platform's HTTP, console (the app's JSON logs) and application logs go to the workspace.
resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'logs-to-workspace'
  scope: site
  properties: {
    workspaceId: workspaceId
    logs: [
      { category: 'AppServiceHTTPLogs', enabled: true }
      { category: 'AppServiceConsoleLogs', enabled: true }
      { category: 'AppServiceAppLogs', enabled: true }
      { category: 'AppServicePlatformLogs', enabled: true }
    ]
    metrics: [
      { category: 'AllMetrics', enabled: true }
    ]
  }
}

output principalId string = site.identity.principalId
output baseUrl string = 'https://${site.properties.defaultHostName}'
