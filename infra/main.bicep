// Azure resources for the back end, provisioned by `azd up` / `azd provision` (see docs/deploy.md).
//
// One resource group holding:
//   - a Log Analytics workspace and a workspace-based Application Insights component (monitoring.bicep);
//   - one StorageV2 account, both the Functions host's own storage (AzureWebJobsStorage) and the
//     back end's data store (STORAGE_CONNECTION_STRING: tables and the `people` container, which the
//     app creates at first start), the `rollups` queue (and its poison queue) that the roll-up's
//     queue-triggered function drains, plus the container the platform deploys the code package
//     from (storage.bicep);
//   - a Linux function app on the Flex Consumption plan running Node.js 22 (function-app.bicep).
//
// Why Flex Consumption and not the Consumption plan: for a new serverless app on Linux, Microsoft's
// Functions documentation recommends Flex Consumption. The Linux Consumption plan gets no new
// features or language versions and is retired on 30 September 2028, so a new Node.js 22 app
// started there would have to move within its first years. Flex Consumption still scales to zero
// and bills per execution; it also offers virtual network integration, should an agency later want
// the storage account on a private network. Its constraint here: not every region offers it (see
// the `location` parameter).

targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('Name of the azd environment (azd passes AZURE_ENV_NAME). Names the resource group and seeds the unique resource names.')
param environmentName string

@minLength(1)
@description('Azure region of every resource. It must offer the Flex Consumption plan: `az functionapp list-flexconsumption-locations` lists them (for Viet Nam the nearest are southeastasia and eastasia).')
@metadata({
  azd: {
    type: 'location'
  }
})
param location string

@minLength(36)
@maxLength(36)
@description('Directory (tenant) ID of the Microsoft Entra tenant whose access tokens the API accepts, as a GUID: the token issuer the API checks contains it. Becomes the ENTRA_TENANT_ID app setting.')
param entraTenantId string

@minLength(1)
@description('Audience the API requires in access tokens: the Application (client) ID of the API\'s app registration, which is the `aud` of v2.0 access tokens. Becomes the ENTRA_AUDIENCE app setting.')
param entraAudience string

@minLength(1)
@description('Origin of the Excel add-in\'s task pane, e.g. `https://xeploai.example.gov.vn` (scheme and host, no path or trailing slash): the only origin the API answers across origins (CORS). Becomes the function app\'s CORS allowed origin.')
param addinOrigin string

var tags = {
  'azd-env-name': environmentName
}

// Deterministic per subscription, environment and region, so that `azd provision` updates the same
// resources; 13 lowercase characters, which keeps the storage account name within 24.
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))

resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    location: location
    tags: tags
    logAnalyticsName: 'log-${resourceToken}'
    appInsightsName: 'appi-${resourceToken}'
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    location: location
    tags: tags
    name: 'st${resourceToken}'
    deploymentContainerName: 'app-package'
  }
}

module api 'modules/function-app.bicep' = {
  name: 'api'
  scope: rg
  params: {
    location: location
    tags: tags
    name: 'func-api-${resourceToken}'
    planName: 'plan-${resourceToken}'
    storageAccountName: storage.outputs.name
    deploymentContainerName: storage.outputs.deploymentContainerName
    appInsightsConnectionString: monitoring.outputs.connectionString
    entraTenantId: entraTenantId
    entraAudience: entraAudience
    allowedOrigins: [addinOrigin]
  }
}

// azd stores every output in the environment (`azd env get-value AZURE_FUNCTION_APP_URL`).
output AZURE_LOCATION string = location
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_APP_NAME string = api.outputs.name
output AZURE_FUNCTION_APP_URL string = api.outputs.url
