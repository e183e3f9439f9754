// Least-privilege data-plane roles for the function app's user-assigned identity, and optional roles for the
// people who use the product (clerks upload bulletins, officers read findings in Azure Storage Explorer).

param storageAccountName string
param applicationInsightsName string
param bulletinsContainerName string
param correctionsContainerName string

@description('Resource id of the function app\'s user-assigned identity (known before deployment; names the assignments).')
param appIdentityId string

@description('Principal (object) id of the function app\'s user-assigned identity.')
param appPrincipalId string

@description('Object ids of users or groups allowed to upload bulletins (Storage Blob Data Contributor on the bulletins container) and to fetch the corrected copies (Storage Blob Data Reader on the corrections container).')
param clerkPrincipalIds array

@description('Object ids of users or groups allowed to read findings (Storage Table Data Reader on the account).')
param officerPrincipalIds array

// Built-in role definition ids: https://learn.microsoft.com/azure/role-based-access-control/built-in-roles
var roles = {
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageBlobDataContributor: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
  storageBlobDataReader: '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  storageTableDataReader: '76199698-9eea-4c19-bc75-cec21354c6b6'
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
}

// Blob Data Owner: the Functions host keeps its locks, keys and blob receipts in this account and Flex Consumption
// reads the deployment package from it (both documented as requiring Owner); it also covers reading the bulletins.
// Queue Data Contributor: the blob trigger queues work items and poison blobs internally.
// Table Data Contributor: the pipeline and the weekly summary write their tables.
var appStorageRoles = [
  roles.storageBlobDataOwner
  roles.storageQueueDataContributor
  roles.storageTableDataContributor
]

resource storageAccount 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName

  resource blobService 'blobServices' existing = {
    name: 'default'

    resource bulletins 'containers' existing = {
      name: bulletinsContainerName
    }

    resource corrections 'containers' existing = {
      name: correctionsContainerName
    }
  }
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource appStorage 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for roleId in appStorageRoles: {
    name: guid(storageAccount.id, appIdentityId, roleId)
    scope: storageAccount
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleId)
      principalId: appPrincipalId
      principalType: 'ServicePrincipal'
    }
  }
]

resource appTelemetry 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(applicationInsights.id, appIdentityId, roles.monitoringMetricsPublisher)
  scope: applicationInsights
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.monitoringMetricsPublisher)
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource clerks 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for principalId in clerkPrincipalIds: {
    name: guid(storageAccount::blobService::bulletins.id, principalId, roles.storageBlobDataContributor)
    scope: storageAccount::blobService::bulletins
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataContributor)
      principalId: principalId
    }
  }
]

// The corrected copies are the function's to write: clerks read them.
resource clerkCorrections 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for principalId in clerkPrincipalIds: {
    name: guid(storageAccount::blobService::corrections.id, principalId, roles.storageBlobDataReader)
    scope: storageAccount::blobService::corrections
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataReader)
      principalId: principalId
    }
  }
]

resource officers 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for principalId in officerPrincipalIds: {
    name: guid(storageAccount.id, principalId, roles.storageTableDataReader)
    scope: storageAccount
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageTableDataReader)
      principalId: principalId
    }
  }
]
