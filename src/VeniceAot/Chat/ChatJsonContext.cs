using System.Text.Json.Serialization;

namespace VeniceAot.Chat
{
    /// <summary>
    /// The System.Text.Json source-generated contracts of the Chat group. One context per group lets trimming drop the
    /// groups an app never calls. Nulls are never written (Venice rejects null keys); numbers may arrive as strings.
    /// </summary>
    [JsonSourceGenerationOptions(
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString)]
    [JsonSerializable(typeof(ChatCompletionRequest))]
    [JsonSerializable(typeof(ChatCompletion))]
    [JsonSerializable(typeof(ChatCompletionChunk))]
    [JsonSerializable(typeof(ChatMessage))]
    [JsonSerializable(typeof(ChatUserMessage))]
    [JsonSerializable(typeof(ChatAssistantMessage))]
    [JsonSerializable(typeof(ChatToolMessage))]
    [JsonSerializable(typeof(ChatSystemMessage))]
    [JsonSerializable(typeof(ChatDeveloperMessage))]
    [JsonSerializable(typeof(ChatContentPart))]
    [JsonSerializable(typeof(ChatTextContentPart))]
    [JsonSerializable(typeof(ChatImageUrlContentPart))]
    [JsonSerializable(typeof(ChatInputAudioContentPart))]
    [JsonSerializable(typeof(ChatVideoUrlContentPart))]
    [JsonSerializable(typeof(ChatFileContentPart))]
    [JsonSerializable(typeof(ChatCacheControl))]
    [JsonSerializable(typeof(ChatTool))]
    [JsonSerializable(typeof(ChatFunctionTool))]
    [JsonSerializable(typeof(ChatWebSearchTool))]
    [JsonSerializable(typeof(ChatXSearchTool))]
    [JsonSerializable(typeof(ChatResponseFormat))]
    [JsonSerializable(typeof(ChatJsonSchemaResponseFormat))]
    [JsonSerializable(typeof(ChatJsonObjectResponseFormat))]
    [JsonSerializable(typeof(ChatTextResponseFormat))]
    public sealed partial class ChatJsonContext : JsonSerializerContext;
}
