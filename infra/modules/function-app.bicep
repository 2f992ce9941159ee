// The function app: Linux, Flex Consumption plan, Node.js 22, Functions host 4.x.
//
// On Flex Consumption the runtime is declared in `functionAppConfig.runtime`, not with the
// FUNCTIONS_WORKER_RUNTIME / FUNCTIONS_EXTENSION_VERSION app settings or `linuxFxVersion`: the plan
// rejects or ignores those (Microsoft lists them under "Flex Consumption plan deprecations"). It only
// runs version 4.x of the Functions host, which is what `~4` would pin elsewhere; the language and
// its version come from `functionAppConfig.runtime` below.

param location string
param tags object
param name string
param planName string
param storageAccountName string
param deploymentContainerName string
param appInsightsConnectionString string
param entraTenantId string
param entraAudience string
@description('Origins allowed to call the API from a browser (CORS): the add-in\'s task pane.')
param allowedOrigins array

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

// Built here rather than passed in, so that no module output carries the account key.
var storageConnectionString = 'DefaultEndpointsProtocol=https;AccountName=${storage.name};AccountKey=${storage.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true // Linux
  }
}

resource app 'Microsoft.Web/sites@2024-11-01' = {
  name: name
  location: location
  // azd finds the target of `services.api` in azure.yaml by this tag.
  tags: union(tags, { 'azd-service-name': 'api' })
  kind: 'functionapp,linux'
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      // The task pane runs on its own origin and calls the API with a bearer token (no cookies), so
      // credentials stay off. The platform answers preflights and adds Access-Control-Allow-Origin;
      // its CORS setting has nothing for Access-Control-Expose-Headers, which is why every answer
      // that carries an ETag header also carries the ETag in its JSON body.
      cors: {
        allowedOrigins: allowedOrigins
        supportCredentials: false
      }
      // No `ftpsState` here: Flex Consumption apps have no FTP endpoint and the plan rejects the
      // property. Basic-auth publishing (FTP and SCM) is switched off below instead.
      appSettings: [
        {
          name: 'AzureWebJobsStorage'
          value: storageConnectionString
        }
        {
          // The back end's data store (functions/storage/store.ts): the same account, its `rollups`
          // queue included, which the roll-up's queue trigger reads through this setting.
          name: 'STORAGE_CONNECTION_STRING'
          value: storageConnectionString
        }
        {
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: appInsightsConnectionString
        }
        {
          name: 'ENTRA_TENANT_ID'
          value: entraTenantId
        }
        {
          name: 'ENTRA_AUDIENCE'
          value: entraAudience
        }
      ]
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            // The platform reads the package with the account key held in AzureWebJobsStorage:
            // no managed identity, hence no role assignment the deploying account would need
            // the right to create.
            type: 'StorageAccountConnectionString'
            storageAccountConnectionStringName: 'AzureWebJobsStorage'
          }
        }
      }
      scaleAndConcurrency: {
        // Flex Consumption's lowest allowed ceiling: ample for an agency's reporting season and a
        // bound on cost and on concurrent writes to one storage account.
        maximumInstanceCount: 40
        // The default size, which Microsoft recommends for most apps.
        instanceMemoryMB: 2048
      }
      runtime: {
        name: 'node'
        version: '22'
      }
    }
  }
}

// `azd deploy` publishes with the signed-in user's Microsoft Entra token, not with publishing
// profiles, so username/password (basic-auth) publishing can be off for both FTP and SCM.
resource ftpBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: app
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: app
  name: 'scm'
  properties: {
    allow: false
  }
}

output name string = app.name
output url string = 'https://${app.properties.defaultHostName}'
