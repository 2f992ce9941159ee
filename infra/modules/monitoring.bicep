// Monitoring: a Log Analytics workspace and a workspace-based Application Insights component, whose
// connection string the function app receives as APPLICATIONINSIGHTS_CONNECTION_STRING.

param location string
param tags object
param logAnalyticsName string
param appInsightsName string

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: logAnalyticsName
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    // The retention included in the ingestion price.
    retentionInDays: 30
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: appInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    IngestionMode: 'LogAnalytics'
    // Local (connection string) authentication stays on: turning it off would require a managed
    // identity and a role assignment, which the deploying account may not be allowed to create.
  }
}

output connectionString string = appInsights.properties.ConnectionString
