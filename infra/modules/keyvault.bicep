// Secrets live here; the web app reads them through Key Vault references with its own identity.
param name string
param location string
param enablePurgeProtection bool
@description('Empty = leave the existing MicrosoftAppPassword secret alone.')
@secure()
param microsoftAppPassword string
@description('Write the Hangfire connection string secret (true when PostgreSQL is deployed).')
param storeHangfireConnectionString bool
@secure()
param hangfireConnectionString string
param tags object

var appPasswordSecretName = 'MicrosoftAppPassword'
var hangfireSecretName = 'HangfirePostgreSqlConnectionString'

resource vault 'Microsoft.KeyVault/vaults@2026-02-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    // ARM rejects an explicit false; null leaves purge protection off.
    enablePurgeProtection: enablePurgeProtection ? true : null
    publicNetworkAccess: 'Enabled'
  }
}

resource appPassword 'Microsoft.KeyVault/vaults/secrets@2026-02-01' = if (!empty(microsoftAppPassword)) {
  parent: vault
  name: appPasswordSecretName
  properties: {
    value: microsoftAppPassword
    contentType: 'Entra app registration client secret'
  }
}

resource hangfireConnection 'Microsoft.KeyVault/vaults/secrets@2026-02-01' = if (storeHangfireConnectionString) {
  parent: vault
  name: hangfireSecretName
  properties: {
    value: hangfireConnectionString
    contentType: 'Npgsql connection string'
  }
}

output name string = vault.name
// Versionless references: App Service picks up a rotated secret without a redeploy.
output appCredentialReference string = '@Microsoft.KeyVault(VaultName=${vault.name};SecretName=${appPasswordSecretName})'
output hangfireConnectionStringReference string = '@Microsoft.KeyVault(VaultName=${vault.name};SecretName=${hangfireSecretName})'
