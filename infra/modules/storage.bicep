// One storage account for the whole product: the Functions host (AzureWebJobsStorage), the Flex Consumption
// deployment package, the bulletins container and the tables officers read in Azure Storage Explorer.
// Shared keys are off: every caller signs in with Microsoft Entra ID (managed identity or the officer's account).

@description('Storage account name (3-24 lowercase letters and digits).')
param name string

param location string
param tags object

@description('Container the clerks upload bulletin files into.')
param bulletinsContainerName string
param correctionsContainerName string

@description('Container holding the Flex Consumption deployment package.')
param deploymentContainerName string

@description('Container receiving Event Grid events that could not be delivered to the function.')
param deadLetterContainerName string

@description('Tables of the pipeline and the weekly summary.')
param tableNames array

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
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
    // A bulletin overwritten or deleted by mistake can be recovered for two weeks.
    deleteRetentionPolicy: {
      enabled: true
      days: 14
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: 14
    }
  }
}

resource containers 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = [
  for containerName in [bulletinsContainerName, correctionsContainerName, deploymentContainerName, deadLetterContainerName]: {
    parent: blobService
    name: containerName
    properties: {
      publicAccess: 'None'
    }
  }
]

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2023-05-01' = [
  for tableName in tableNames: {
    parent: tableService
    name: tableName
  }
]

output name string = account.name
output id string = account.id
output blobEndpoint string = account.properties.primaryEndpoints.blob
output queueEndpoint string = account.properties.primaryEndpoints.queue
output tableEndpoint string = account.properties.primaryEndpoints.table
