// Production: two instances behind App Service's load balancer, so Hangfire runs on PostgreSQL
// (each job once) and state is in zone-redundant Table Storage. Secrets come from environment
// variables at deployment time, never from this file (docs/DEPLOY.md).
using '../main.bicep'

param environmentName = 'prod'
// The bot signs in with a managed identity created by the template (no secret to expire). For an app registration
// with a client secret instead, set PROGRAMABOT_MICROSOFT_APP_TYPE=SingleTenant and the two variables after it.
param microsoftAppType = readEnvironmentVariable('PROGRAMABOT_MICROSOFT_APP_TYPE', 'UserAssignedMSI')
param microsoftAppId = readEnvironmentVariable('PROGRAMABOT_MICROSOFT_APP_ID', '')
param microsoftAppPassword = readEnvironmentVariable('PROGRAMABOT_MICROSOFT_APP_PASSWORD', '')
param alertEmail = readEnvironmentVariable('PROGRAMABOT_ALERT_EMAIL')
param appServiceSkuName = 'P0v3'
param instanceCount = 2
param botSkuName = 'S1'
param storageSkuName = 'Standard_ZRS'
param enablePostgreSql = true
param postgreSqlAdminLogin = 'programabot'
param postgreSqlAdminPassword = readEnvironmentVariable('PROGRAMABOT_POSTGRESQL_ADMIN_PASSWORD')
param enableKeyVaultPurgeProtection = true
