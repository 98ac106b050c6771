// Test environment: one small instance, Hangfire in memory. No secret lives in this file: the
// values come from environment variables at deployment time (docs/DEPLOY.md).
using '../main.bicep'

param environmentName = 'test'
param microsoftAppId = readEnvironmentVariable('PROGRAMABOT_MICROSOFT_APP_ID')
param microsoftAppPassword = readEnvironmentVariable('PROGRAMABOT_MICROSOFT_APP_PASSWORD', '')
param appServiceSkuName = 'B1'
param instanceCount = 1
param botSkuName = 'F0'
param storageSkuName = 'Standard_LRS'
param enablePostgreSql = false
param postgreSqlAdminPassword = ''
param enableKeyVaultPurgeProtection = false
