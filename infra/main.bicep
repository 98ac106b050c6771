// ProgramaBot on Azure: Azure Bot (a user-assigned managed identity by default, or a single-tenant app registration
// with a client secret; Teams channel) → Linux App Service (.NET 10) with state in Azure Table Storage, secrets in Key
// Vault, telemetry and logs in Application Insights / Log Analytics with alerts and, for several instances, Hangfire
// on PostgreSQL. The app settings written here are the contract documented in docs/DEPLOY.md.
targetScope = 'resourceGroup'

@description('Short name used to derive every resource name (lowercase letters and digits).')
@minLength(3)
@maxLength(11)
param baseName string = 'programabot'

@description('Environment label, part of resource names and tags.')
@allowed([
  'test'
  'prod'
])
param environmentName string

@description('Region for every regional resource. The Azure Bot itself is global.')
param location string = resourceGroup().location

@description('How the bot signs in: UserAssignedMSI (a managed identity created here; no secret to expire) or SingleTenant (an Entra app registration and its client secret).')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param microsoftAppType string = 'UserAssignedMSI'

@description('SingleTenant only: application (client) id of the app registration the bot signs in as. Ignored with UserAssignedMSI.')
param microsoftAppId string = ''

@description('SingleTenant only: client secret of that app registration. Empty = keep the secret already in Key Vault (rotation without redeploying).')
@secure()
param microsoftAppPassword string = ''

@description('E-mail address that receives the alerts (health failing, 5xx, notices abandoned, token failures).')
@minLength(3)
param alertEmail string

@description('Days logs and telemetry are kept in Log Analytics / Application Insights.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 90

@description('App Service plan SKU, e.g. B1 for test, P0v3 for production.')
param appServiceSkuName string = 'B1'

@description('Number of web app instances. More than one needs Hangfire on PostgreSQL (enablePostgreSql).')
@minValue(1)
@maxValue(10)
param instanceCount int = 1

@description('Azure Bot pricing tier: F0 (free, standard channels such as Teams are free anyway) or S1.')
@allowed([
  'F0'
  'S1'
])
param botSkuName string = 'F0'

@description('Storage redundancy for the state tables.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
])
param storageSkuName string = 'Standard_LRS'

@description('Create a PostgreSQL flexible server and run Hangfire on it (required when instanceCount > 1).')
param enablePostgreSql bool = false

@description('PostgreSQL administrator login (only used when enablePostgreSql).')
param postgreSqlAdminLogin string = 'programabot'

@description('PostgreSQL administrator password (only used when enablePostgreSql; never stored in a file).')
@secure()
param postgreSqlAdminPassword string

@description('Key Vault purge protection. Irreversible once on: use it in production only.')
param enableKeyVaultPurgeProtection bool = false

@description('Tags applied to every resource.')
param tags object = {}

// Globally unique names: the suffix is stable per resource group, so redeploying updates in place.
var suffix = take(uniqueString(resourceGroup().id, baseName, environmentName), 6)
var names = {
  plan: 'asp-${baseName}-${environmentName}'
  site: 'app-${baseName}-${environmentName}-${suffix}'
  bot: 'bot-${baseName}-${environmentName}-${suffix}'
  storage: toLower('st${baseName}${environmentName}${suffix}')
  keyVault: 'kv${baseName}${environmentName}${suffix}' // Key Vault names stop at 24 characters
  postgreSql: 'psql-${baseName}-${environmentName}-${suffix}'
  identity: 'id-${baseName}-${environmentName}'
  monitoring: '${baseName}-${environmentName}-${suffix}'
}
var useManagedIdentity = microsoftAppType == 'UserAssignedMSI'
// A single-tenant bot needs its app registration's id; refuse to deploy without it.
var checkedAppId = !useManagedIdentity && length(microsoftAppId) != 36
  ? fail('microsoftAppType = SingleTenant requires microsoftAppId (the app registration\'s client id, 36 characters). / SingleTenant requiere microsoftAppId.')
  : microsoftAppId
// Several instances with in-memory Hangfire would each run every reminder: refuse to deploy that.
var checkedInstanceCount = instanceCount > 1 && !enablePostgreSql
  ? fail('instanceCount > 1 requires enablePostgreSql = true (Hangfire must share its job storage). / Varias instancias requieren enablePostgreSql = true.')
  : instanceCount
// The bot's app id: the managed identity's client id, or the app registration's.
var botAppId = useManagedIdentity ? botIdentity!.outputs.clientId : checkedAppId
var allTags = union(tags, {
  application: 'ProgramaBot'
  environment: environmentName
})

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: names.storage
    location: location
    skuName: storageSkuName
    tags: allTags
  }
}

module postgreSql 'modules/postgresql.bicep' = if (enablePostgreSql) {
  name: 'postgresql'
  params: {
    name: names.postgreSql
    location: location
    administratorLogin: postgreSqlAdminLogin
    administratorPassword: postgreSqlAdminPassword
    tags: allTags
  }
}

module botIdentity 'modules/identity.bicep' = if (useManagedIdentity) {
  name: 'identity'
  params: {
    name: names.identity
    location: location
    tags: allTags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    baseName: names.monitoring
    location: location
    alertEmail: alertEmail
    // App Service's default host name is the site name under azurewebsites.net; the site is created after this.
    readinessUrl: 'https://${names.site}.azurewebsites.net/readyz'
    retentionInDays: logRetentionInDays
    tags: allTags
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    name: names.keyVault
    location: location
    enablePurgeProtection: enableKeyVaultPurgeProtection
    microsoftAppPassword: useManagedIdentity ? '' : microsoftAppPassword
    storeHangfireConnectionString: enablePostgreSql
    hangfireConnectionString: enablePostgreSql
      ? 'Host=${postgreSql!.outputs.fullyQualifiedDomainName};Database=${postgreSql!.outputs.databaseName};Username=${postgreSqlAdminLogin};Password=${postgreSqlAdminPassword};SSL Mode=VerifyFull'
      : ''
    tags: allTags
  }
}

module web 'modules/webapp.bicep' = {
  name: 'webapp'
  params: {
    planName: names.plan
    siteName: names.site
    location: location
    skuName: appServiceSkuName
    instanceCount: checkedInstanceCount
    microsoftAppType: microsoftAppType
    microsoftAppId: botAppId
    tenantId: tenant().tenantId
    botIdentityId: useManagedIdentity ? botIdentity!.outputs.id : ''
    appCredentialReference: keyVault.outputs.appCredentialReference
    applicationInsightsConnectionString: monitoring.outputs.connectionString
    workspaceId: monitoring.outputs.workspaceId
    tableServiceUri: storage.outputs.tableEndpoint
    useHangfirePostgreSql: enablePostgreSql
    hangfireConnectionStringReference: keyVault.outputs.hangfireConnectionStringReference
    tags: allTags
  }
}

// After the site exists: its system-assigned identity reads the secrets and writes the tables.
// Names are compile-time values (not module outputs) so What-If can predict the scopes; the
// account and the vault exist by then because the web app already depends on both.
module access 'modules/access.bicep' = {
  name: 'access'
  params: {
    siteName: names.site
    principalId: web.outputs.principalId
    storageAccountName: names.storage
    keyVaultName: names.keyVault
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: names.bot
    skuName: botSkuName
    microsoftAppType: microsoftAppType
    microsoftAppId: botAppId
    tenantId: tenant().tenantId
    botIdentityId: useManagedIdentity ? botIdentity!.outputs.id : ''
    messagingEndpoint: '${web.outputs.baseUrl}/api/messages'
    tags: allTags
  }
}

@description('Where Azure Bot Service delivers activities.')
output messagingEndpoint string = bot.outputs.messagingEndpoint

@description('The bot id the Teams manifest needs (MicrosoftAppId for package-manifest).')
output botId string = botAppId

@description('Public base URL of the bot (Manifest:BaseUrl for package-manifest).')
output baseUrl string = web.outputs.baseUrl

@description('Name of the web app, for az webapp commands.')
output webAppName string = names.site

@description('Name of the Key Vault holding the Hangfire connection string (and MicrosoftAppPassword with SingleTenant).')
output keyVaultName string = keyVault.outputs.name

@description('Application Insights resource the app\'s traces, metrics and logs go to.')
output applicationInsightsName string = monitoring.outputs.applicationInsightsName

@description('Table endpoint the app stores its state in.')
output tableServiceUri string = storage.outputs.tableEndpoint
