// Test environment: one small instance, Hangfire in memory. No secret lives in this file: the
// values come from environment variables at deployment time (docs/DEPLOY.md).
using '../main.bicep'

param environmentName = 'test'
// The bot signs in with a managed identity created by the template (no secret to expire). For an app registration
// with a client secret instead, set PROGRAMABOT_MICROSOFT_APP_TYPE=SingleTenant and the two variables after it.
param microsoftAppType = readEnvironmentVariable('PROGRAMABOT_MICROSOFT_APP_TYPE', 'UserAssignedMSI')
param microsoftAppId = readEnvironmentVariable('PROGRAMABOT_MICROSOFT_APP_ID', '')
param microsoftAppPassword = readEnvironmentVariable('PROGRAMABOT_MICROSOFT_APP_PASSWORD', '')
param alertEmail = readEnvironmentVariable('PROGRAMABOT_ALERT_EMAIL')
param appServiceSkuName = 'B1'
param instanceCount = 1
param botSkuName = 'F0'
param storageSkuName = 'Standard_LRS'
param enablePostgreSql = false
param postgreSqlAdminPassword = ''
param enableKeyVaultPurgeProtection = false
