// Compliance: Flex Consumption function app, its storage, Event Grid wiring, monitoring and optional e-mail.
// Deploy into an existing resource group with `azd up` or `az deployment group create` (see docs/deployment.md).
// No secret is a parameter or an output: every connection uses the app's user-assigned managed identity, and the
// only key (the ACS access key) goes from the ACS resource into Key Vault during the deployment.
targetScope = 'resourceGroup'

@description('Region of every regional resource. Must offer the Flex Consumption plan (az functionapp list-flexconsumption-locations).')
param location string = resourceGroup().location

@minLength(3)
@maxLength(10)
@description('Lowercase letters and digits prefixed to resource names.')
param namePrefix string = 'compliance'

@description('Container the clerks upload bulletins into (app setting BulletinsContainer).')
param bulletinsContainerName string = 'bulletins'

@description('Container the corrected copies of checked Word documents are written to, under the upload\'s name (app setting CorrectionsContainer).')
param correctionsContainerName string = 'corrections'

@description('NCRONTAB schedule of the weekly summary in UTC. The default is Monday 08:00 China Standard Time.')
param weeklySummarySchedule string = '0 0 0 * * 1'

@description('Largest bulletin file accepted, in bytes (app setting Storage__MaxBulletinBytes).')
param maxBulletinBytes int = 67108864

@allowed([
  'AcsHttp'
  'Smtp'
])
@description('How the weekly summary is sent: Azure Communication Services Email over HTTPS, or an SMTP relay.')
param emailTransport string = 'AcsHttp'

@description('Create an Azure Communication Services Email resource with an Azure-managed sender domain (and a Key Vault for its key).')
param deployCommunicationServices bool = true

@description('Data location of the Communication Services resources.')
param communicationDataLocation string = 'Asia Pacific'

@description('Sender address. Empty: DoNotReply@ the Azure-managed domain when Communication Services is deployed.')
param emailFrom string = ''

@description('Mailbox of the compliance office, copied on every summary (app setting Email__ComplianceMailbox).')
param complianceMailbox string = ''

@description('Endpoint of an existing Communication Services resource, used when deployCommunicationServices is false.')
param existingAcsEndpoint string = ''

@description('Key Vault reference, e.g. @Microsoft.KeyVault(SecretUri=https://<vault>.vault.azure.net/secrets/<name>), for the credential of an existing ACS resource or of the SMTP relay. Not the credential itself. The app identity needs Key Vault Secrets User on that vault.')
param emailCredentialReference string = ''

param smtpHost string = ''
param smtpPort int = 587

@allowed([
  'StartTls'
  'SslOnConnect'
  'None'
])
param smtpSecurity string = 'StartTls'
param smtpUserName string = ''

@description('Create the Event Grid subscription to the function\'s webhook. Leave false until the code is deployed (the endpoint must answer the validation handshake).')
param subscribeBulletinEvents bool = false

@description('Object ids of clerks (users or groups) who upload bulletins.')
param clerkPrincipalIds array = []

@description('Object ids of officers (users or groups) who read findings in Azure Storage Explorer.')
param officerPrincipalIds array = []

param tags object = {
  product: 'compliance'
}

var token = uniqueString(subscription().id, resourceGroup().id, namePrefix)
var prefix = toLower(namePrefix)
var names = {
  storage: take('st${prefix}${token}', 24)
  identity: 'id-${prefix}-${token}'
  plan: 'plan-${prefix}-${token}'
  functionApp: 'func-${prefix}-${token}'
  logAnalytics: 'log-${prefix}-${token}'
  applicationInsights: 'appi-${prefix}-${token}'
  eventTopic: 'evgt-${prefix}-${token}'
  communication: 'acs-${prefix}-${token}'
  emailService: 'ecs-${prefix}-${token}'
  keyVault: 'kv-${token}'
}
var deploymentContainerName = 'app-package'
var deadLetterContainerName = 'bulletin-events-deadletter'
var tableNames = [
  'Bulletins'
  'Findings'
  'DocumentResults'
  'CitationRegistry'
  'Recipients'
  'SummarySends'
]

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: names.identity
  location: location
  tags: tags
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: names.storage
    location: location
    tags: tags
    bulletinsContainerName: bulletinsContainerName
    correctionsContainerName: correctionsContainerName
    deploymentContainerName: deploymentContainerName
    deadLetterContainerName: deadLetterContainerName
    tableNames: tableNames
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    logAnalyticsName: names.logAnalytics
    applicationInsightsName: names.applicationInsights
    location: location
    tags: tags
  }
}

module roles 'modules/role-assignments.bicep' = {
  name: 'role-assignments'
  params: {
    storageAccountName: names.storage
    applicationInsightsName: names.applicationInsights
    bulletinsContainerName: bulletinsContainerName
    correctionsContainerName: correctionsContainerName
    appIdentityId: identity.id
    appPrincipalId: identity.properties.principalId
    clerkPrincipalIds: clerkPrincipalIds
    officerPrincipalIds: officerPrincipalIds
  }
  // Names are passed as known values (precise what-if), so the order is stated explicitly.
  dependsOn: [
    storage
    monitoring
  ]
}

module communication 'modules/communication.bicep' = if (deployCommunicationServices) {
  name: 'communication'
  params: {
    communicationServiceName: names.communication
    emailServiceName: names.emailService
    keyVaultName: names.keyVault
    location: location
    tags: tags
    dataLocation: communicationDataLocation
    appIdentityId: identity.id
    appPrincipalId: identity.properties.principalId
  }
}

var acsSettings = {
  Email__Acs__Endpoint: deployCommunicationServices ? communication.?outputs.endpoint ?? '' : existingAcsEndpoint
  Email__Acs__AccessKey: deployCommunicationServices ? communication.?outputs.accessKeyReference ?? '' : emailCredentialReference
}
var smtpSettings = {
  Email__Smtp__Host: smtpHost
  Email__Smtp__Port: string(smtpPort)
  Email__Smtp__Security: smtpSecurity
  Email__Smtp__UserName: smtpUserName
  Email__Smtp__Password: emailCredentialReference
}
var managedSender = deployCommunicationServices ? 'DoNotReply@${communication.?outputs.senderDomain ?? ''}' : ''

module functionApp 'modules/function-app.bicep' = {
  name: 'function-app'
  params: {
    planName: names.plan
    appName: names.functionApp
    location: location
    tags: tags
    identityId: identity.id
    identityClientId: identity.properties.clientId
    storageAccountName: storage.outputs.name
    blobEndpoint: storage.outputs.blobEndpoint
    queueEndpoint: storage.outputs.queueEndpoint
    tableEndpoint: storage.outputs.tableEndpoint
    deploymentContainerName: deploymentContainerName
    applicationInsightsConnectionString: monitoring.outputs.connectionString
    productSettings: union(
      {
        BulletinsContainer: bulletinsContainerName
        CorrectionsContainer: correctionsContainerName
        WeeklySummarySchedule: weeklySummarySchedule
        Storage__MaxBulletinBytes: string(maxBulletinBytes)
        Email__Transport: emailTransport
        Email__From: empty(emailFrom) ? managedSender : emailFrom
        Email__ComplianceMailbox: complianceMailbox
      },
      emailTransport == 'AcsHttp' ? acsSettings : smtpSettings
    )
  }
  // The host must be able to reach its storage as soon as it starts.
  dependsOn: [
    roles
  ]
}

module eventTopic 'modules/bulletin-events-topic.bicep' = {
  name: 'bulletin-events-topic'
  params: {
    name: names.eventTopic
    location: location
    tags: tags
    storageAccountName: names.storage
    deadLetterContainerName: deadLetterContainerName
  }
  dependsOn: [
    storage
  ]
}

module eventSubscription 'modules/bulletin-events-subscription.bicep' = if (subscribeBulletinEvents) {
  name: 'bulletin-events-subscription'
  params: {
    systemTopicName: names.eventTopic
    functionAppName: names.functionApp
    storageAccountName: names.storage
    bulletinsContainerName: bulletinsContainerName
    deadLetterContainerName: deadLetterContainerName
  }
  dependsOn: [
    eventTopic
    functionApp
  ]
}

// Read by azd (and its hooks) as environment values.
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output AZURE_FUNCTION_APP_URL string = 'https://${functionApp.outputs.defaultHostName}'
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output BULLETINS_CONTAINER_NAME string = bulletinsContainerName
output CORRECTIONS_CONTAINER_NAME string = correctionsContainerName
output BULLETIN_EVENTS_TOPIC_NAME string = eventTopic.outputs.name
output BULLETIN_EVENTS_DEADLETTER_CONTAINER_NAME string = deadLetterContainerName
output APPLICATIONINSIGHTS_NAME string = monitoring.outputs.applicationInsightsName
