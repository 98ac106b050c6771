// ProgramaBot on Azure: Azure Bot (single-tenant, Teams channel) → Linux App Service (.NET 10)
// with state in Azure Table Storage, secrets in Key Vault and, for several instances, Hangfire on
// PostgreSQL. The app settings written here are the contract documented in docs/DEPLOY.md.
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

@description('Application (client) id of the single-tenant Entra app registration the bot signs in as.')
@minLength(36)
@maxLength(36)
param microsoftAppId string

@description('Client secret of that app registration. Empty = keep the secret already in Key Vault (rotation without redeploying).')
@secure()
param microsoftAppPassword string

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
}
// Several instances with in-memory Hangfire would each run every reminder: refuse to deploy that.
var checkedInstanceCount = instanceCount > 1 && !enablePostgreSql
  ? fail('instanceCount > 1 requires enablePostgreSql = true (Hangfire must share its job storage). / Varias instancias requieren enablePostgreSql = true.')
  : instanceCount
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

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    name: names.keyVault
    location: location
    enablePurgeProtection: enableKeyVaultPurgeProtection
    microsoftAppPassword: microsoftAppPassword
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
    microsoftAppId: microsoftAppId
    tenantId: tenant().tenantId
    appCredentialReference: keyVault.outputs.appCredentialReference
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
    microsoftAppId: microsoftAppId
    tenantId: tenant().tenantId
    messagingEndpoint: '${web.outputs.baseUrl}/api/messages'
    tags: allTags
  }
}

@description('Where Azure Bot Service delivers activities.')
output messagingEndpoint string = bot.outputs.messagingEndpoint

@description('The bot id the Teams manifest needs (MicrosoftAppId for package-manifest).')
output botId string = microsoftAppId

@description('Public base URL of the bot (Manifest:BaseUrl for package-manifest).')
output baseUrl string = web.outputs.baseUrl

@description('Name of the web app, for az webapp commands.')
output webAppName string = names.site

@description('Name of the Key Vault holding MicrosoftAppPassword (and the Hangfire connection string).')
output keyVaultName string = keyVault.outputs.name

@description('Table endpoint the app stores its state in.')
output tableServiceUri string = storage.outputs.tableEndpoint
