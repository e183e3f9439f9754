// Event Grid subscription delivering BlobCreated events of the bulletins container to the blob extension's webhook
// of the BulletinUploaded function. Deploy it only once the function code is running: Event Grid validates the
// endpoint when the subscription is created, and the host creates the blobs_extension system key on first start.
// main.bicep deploys it when subscribeBulletinEvents is true; scripts/subscribe-bulletin-events.sh deploys this
// file on its own after `azd deploy`.

param systemTopicName string
param functionAppName string
param storageAccountName string
param bulletinsContainerName string
param deadLetterContainerName string

@description('Name of the function with the Event Grid blob trigger.')
param functionName string = 'BulletinUploaded'

resource topic 'Microsoft.EventGrid/systemTopics@2025-02-15' existing = {
  name: systemTopicName
}

resource functionApp 'Microsoft.Web/sites@2024-04-01' existing = {
  name: functionAppName
}

resource storageAccount 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

// Documented endpoint of the Event Grid-based blob trigger:
// https://<app>/runtime/webhooks/blobs?functionName=Host.Functions.<function>&code=<blobs_extension system key>
// The key is read at deployment time from the host's keys (Microsoft.Web/sites/host has no Bicep types, hence listKeys).
var blobsExtensionKey = listKeys('${functionApp.id}/host/default', functionApp.apiVersion).systemKeys.blobs_extension
var webhookUrl = 'https://${functionApp.properties.defaultHostName}/runtime/webhooks/blobs?functionName=Host.Functions.${functionName}&code=${blobsExtensionKey}'

resource subscription 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2025-02-15' = {
  parent: topic
  name: 'bulletin-uploaded'
  properties: {
    destination: {
      endpointType: 'WebHook'
      properties: {
        endpointUrl: webhookUrl
        maxEventsPerBatch: 1
        preferredBatchSizeInKilobytes: 64
      }
    }
    filter: {
      includedEventTypes: [
        'Microsoft.Storage.BlobCreated'
      ]
      subjectBeginsWith: '/blobServices/default/containers/${bulletinsContainerName}/'
    }
    eventDeliverySchema: 'EventGridSchema'
    // Event Grid retries for a day; an event it still cannot deliver is kept in the dead-letter container.
    retryPolicy: {
      maxDeliveryAttempts: 30
      eventTimeToLiveInMinutes: 1440
    }
    deadLetterWithResourceIdentity: {
      identity: {
        type: 'SystemAssigned'
      }
      deadLetterDestination: {
        endpointType: 'StorageBlob'
        properties: {
          resourceId: storageAccount.id
          blobContainerName: deadLetterContainerName
        }
      }
    }
  }
}

output name string = subscription.name
