// Production: two instances behind App Service's load balancer, so Hangfire runs on PostgreSQL
// (each job once) and state is in zone-redundant Table Storage. Secrets come from environment
// variables at deployment time, never from this file (docs/DEPLOY.md).
using '../main.bicep'

param environmentName = 'prod'
param microsoftAppId = readEnvironmentVariable('PROGRAMABOT_MICROSOFT_APP_ID')
param microsoftAppPassword = readEnvironmentVariable('PROGRAMABOT_MICROSOFT_APP_PASSWORD', '')
param appServiceSkuName = 'P0v3'
param instanceCount = 2
param botSkuName = 'S1'
param storageSkuName = 'Standard_ZRS'
param enablePostgreSql = true
param postgreSqlAdminLogin = 'programabot'
param postgreSqlAdminPassword = readEnvironmentVariable('PROGRAMABOT_POSTGRESQL_ADMIN_PASSWORD')
param enableKeyVaultPurgeProtection = true
