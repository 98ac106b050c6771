// What operators see: a Log Analytics workspace (App Service logs and Application Insights data, kept
// retentionInDays), Application Insights fed by the app's OpenTelemetry (APPLICATIONINSIGHTS_CONNECTION_STRING, set
// on the web app from this module's output), an availability test of /readyz, and alerts e-mailed to alertEmail.
// Deployed before the web app (the app needs the connection string); nothing here needs the site to exist.
param baseName string
param location string
@description('Address that receives the alerts (the institute\'s IT on-call mailbox).')
param alertEmail string
@description('The bot\'s /readyz URL, probed from several Azure regions.')
param readinessUrl string
@description('Days logs and telemetry are kept.')
@minValue(30)
@maxValue(730)
param retentionInDays int
param tags object

resource workspace 'Microsoft.OperationalInsights/workspaces@2025-02-01' = {
  name: 'log-${baseName}'
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: 'appi-${baseName}'
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    RetentionInDays: retentionInDays
    IngestionMode: 'LogAnalytics'
  }
}

resource team 'Microsoft.Insights/actionGroups@2024-10-01-preview' = {
  name: 'ag-${baseName}'
  location: 'global'
  tags: tags
  properties: {
    groupShortName: 'ProgramaBot'
    enabled: true
    emailReceivers: [
      {
        name: 'operators'
        emailAddress: alertEmail
        useCommonAlertSchema: true
      }
    ]
  }
}

// Health failing: /readyz (storage, Hangfire, programme, Bot Connector token) probed every 5 minutes from 3 regions.
var readinessTestName = 'readyz-${baseName}'
resource readiness 'Microsoft.Insights/webtests@2022-06-15' = {
  name: readinessTestName
  location: location
  tags: union(tags, {
    'hidden-link:${insights.id}': 'Resource'
  })
  kind: 'standard'
  properties: {
    SyntheticMonitorId: readinessTestName
    Name: 'ProgramaBot /readyz'
    Kind: 'standard'
    Enabled: true
    Frequency: 300
    Timeout: 30
    RetryEnabled: true
    Locations: [
      { Id: 'us-tx-sn1-azr' }
      { Id: 'us-il-ch1-azr' }
      { Id: 'us-ca-sjc-azr' }
    ]
    Request: {
      RequestUrl: readinessUrl
      HttpVerb: 'GET'
      ParseDependentRequests: false
    }
    ValidationRules: {
      ExpectedHttpStatusCode: 200
      SSLCheck: false
    }
  }
}

resource healthFailing 'Microsoft.Insights/metricAlerts@2018-03-01' = {
  name: 'alert-${baseName}-health'
  location: 'global'
  tags: tags
  properties: {
    description: 'ProgramaBot /readyz fails from 2 of 3 regions: storage, Hangfire (PostgreSQL), the programme or the Bot Connector token is down.'
    severity: 1
    enabled: true
    scopes: [
      readiness.id
      insights.id
    ]
    evaluationFrequency: 'PT5M'
    windowSize: 'PT15M'
    criteria: {
      'odata.type': 'Microsoft.Azure.Monitor.WebtestLocationAvailabilityCriteria'
      webTestId: readiness.id
      componentId: insights.id
      failedLocationCount: 2
    }
    actions: [
      { actionGroupId: team.id }
    ]
  }
}

// The rest are log queries over what the app exports (tables of workspace-based Application Insights).
var logAlerts = [
  {
    name: '5xx'
    severity: 2
    description: 'The bot answered 5xx: Teams may be retrying or dropping activities.'
    query: 'requests | where toint(resultCode) >= 500 | summarize failures = count()'
    threshold: 0
  }
  {
    name: 'notices-abandoned'
    severity: 2
    description: 'Notices were abandoned (a conversation gone, or every attempt failed): members did not get a reminder.'
    query: 'customMetrics | where name == "programabot.notices" and tostring(customDimensions.outcome) == "abandoned" | summarize failures = sum(valueSum)'
    threshold: 0
  }
  {
    name: 'token-failures'
    severity: 1
    description: 'No Bot Connector token could be obtained: replies and notices stop (expired secret, or the managed identity lost its access).'
    query: 'customMetrics | where name == "programabot.connector.token_failures" | summarize failures = sum(valueSum)'
    threshold: 0
  }
]

resource alerts 'Microsoft.Insights/scheduledQueryRules@2023-12-01' = [
  for alert in logAlerts: {
    name: 'alert-${baseName}-${alert.name}'
    location: location
    tags: tags
    properties: {
      description: alert.description
      severity: alert.severity
      enabled: true
      scopes: [
        insights.id
      ]
      evaluationFrequency: 'PT5M'
      windowSize: 'PT15M'
      criteria: {
        allOf: [
          {
            query: alert.query
            timeAggregation: 'Total'
            metricMeasureColumn: 'failures'
            operator: 'GreaterThan'
            threshold: alert.threshold
            failingPeriods: {
              numberOfEvaluationPeriods: 1
              minFailingPeriodsToAlert: 1
            }
          }
        ]
      }
      actions: {
        actionGroups: [
          team.id
        ]
      }
    }
  }
]

output workspaceId string = workspace.id
output applicationInsightsName string = insights.name
@description('Not a secret (it only lets a client send telemetry), but kept out of files all the same: an app setting.')
output connectionString string = insights.properties.ConnectionString
