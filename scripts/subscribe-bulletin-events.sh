#!/bin/sh
# Creates (or updates) the Event Grid subscription that delivers BlobCreated events of the bulletins container to
# the BulletinUploaded function, by deploying infra/modules/bulletin-events-subscription.bicep.
# Run after the code is deployed: as azd's postdeploy hook (the variables below come from the azd environment,
# i.e. from main.bicep's outputs) or by hand with the same variables exported.
# Needs the Azure CLI, signed in (az login) to the subscription of the deployment.
set -eu

: "${AZURE_RESOURCE_GROUP:?set AZURE_RESOURCE_GROUP to the resource group of the deployment}"
: "${AZURE_FUNCTION_APP_NAME:?set AZURE_FUNCTION_APP_NAME (output of main.bicep)}"
: "${AZURE_STORAGE_ACCOUNT_NAME:?set AZURE_STORAGE_ACCOUNT_NAME (output of main.bicep)}"
: "${BULLETIN_EVENTS_TOPIC_NAME:?set BULLETIN_EVENTS_TOPIC_NAME (output of main.bicep)}"
BULLETINS_CONTAINER_NAME="${BULLETINS_CONTAINER_NAME:-bulletins}"
BULLETIN_EVENTS_DEADLETTER_CONTAINER_NAME="${BULLETIN_EVENTS_DEADLETTER_CONTAINER_NAME:-bulletin-events-deadletter}"

root="$(cd "$(dirname "$0")/.." && pwd)"

# The host creates the blobs_extension system key when it first starts with the Event Grid blob trigger loaded;
# wake it and wait for the key (up to about five minutes after a fresh deployment).
attempt=0
while :; do
  key="$(az functionapp keys list --name "$AZURE_FUNCTION_APP_NAME" --resource-group "$AZURE_RESOURCE_GROUP" \
    --query "systemKeys.blobs_extension" --output tsv 2>/dev/null || true)"
  if [ -n "$key" ]; then
    break
  fi
  attempt=$((attempt + 1))
  if [ "$attempt" -ge 30 ]; then
    echo "The function app $AZURE_FUNCTION_APP_NAME has no blobs_extension key yet: is the code deployed and starting? See its logs in Application Insights." >&2
    exit 1
  fi
  curl --silent --output /dev/null --max-time 30 "${AZURE_FUNCTION_APP_URL:-https://$AZURE_FUNCTION_APP_NAME.azurewebsites.net}/" || true
  sleep 10
done

az deployment group create \
  --resource-group "$AZURE_RESOURCE_GROUP" \
  --name bulletin-events-subscription \
  --template-file "$root/infra/modules/bulletin-events-subscription.bicep" \
  --parameters \
    systemTopicName="$BULLETIN_EVENTS_TOPIC_NAME" \
    functionAppName="$AZURE_FUNCTION_APP_NAME" \
    storageAccountName="$AZURE_STORAGE_ACCOUNT_NAME" \
    bulletinsContainerName="$BULLETINS_CONTAINER_NAME" \
    deadLetterContainerName="$BULLETIN_EVENTS_DEADLETTER_CONTAINER_NAME" \
  --output none

echo "Event Grid now delivers new blobs of container $BULLETINS_CONTAINER_NAME to $AZURE_FUNCTION_APP_NAME/BulletinUploaded."
