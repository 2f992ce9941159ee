// The one storage account: the Functions host's storage, the back end's data (tables `units`,
// `submissions`, `rollups` and the blob container `people`, created by the app itself at start),
// the queue `rollups` that carries the roll-ups still to do from the outbox to the queue-triggered
// function (and `rollups-poison`, where the Functions host puts a message after its fifth failed
// try) and the blob container the Flex Consumption plan deploys the code package from.

param location string
param tags object

@minLength(3)
@maxLength(24)
param name string

@description('Blob container holding the deployment package (functionAppConfig.deployment.storage).')
param deploymentContainerName string

@description('Queue of the roll-ups to complete (functions/storage/store.ts ROLLUP_QUEUE).')
param rollupQueueName string = 'rollups'


resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    // Locally redundant: three copies in one datacenter. Standard_ZRS (three zones) costs more and
    // exists in fewer regions; change it here if the agency needs it.
    name: 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    supportsHttpsTrafficOnly: true
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    // The back end and the Functions host reach storage with a connection string (an account key):
    // functions/storage/store.ts reads STORAGE_CONNECTION_STRING. Shared keys must stay allowed
    // until the app moves to managed identities.
    allowSharedKeyAccess: true
    defaultToOAuthAuthentication: false
    // Without a virtual network the function app reaches storage over its public endpoint.
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: account
  name: 'default'
  properties: {
    // Deleted or overwritten blobs (people lists) and deleted containers stay recoverable a week.
    // Tables have no such protection: back them up if the data matters beyond the reporting period.
    deleteRetentionPolicy: {
      enabled: true
      days: 7
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: 7
    }
  }
}

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: deploymentContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2023-05-01' = {
  parent: account
  name: 'default'
}

// Provisioned rather than left to the app's first start, so that the queue trigger finds it at once.
// The function app reaches it with the account key in STORAGE_CONNECTION_STRING, as it does the
// tables: the queue trigger (functions/handlers/rollupQueue.ts) names that setting.
resource rollupQueue 'Microsoft.Storage/storageAccounts/queueServices/queues@2023-05-01' = {
  parent: queueService
  name: rollupQueueName
}

resource rollupPoisonQueue 'Microsoft.Storage/storageAccounts/queueServices/queues@2023-05-01' = {
  parent: queueService
  name: '${rollupQueueName}-poison'
}

output name string = account.name
output deploymentContainerName string = deploymentContainer.name
