// The neutral (fallback) language of the message catalog is Simplified Chinese: the readers are Chinese civil servants.
[assembly: System.Resources.NeutralResourcesLanguage("zh-Hans")]
