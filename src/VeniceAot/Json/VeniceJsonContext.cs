using System.Collections.Generic;
using System.Text.Json.Serialization;
using VeniceAot.ApiKeys;
using VeniceAot.Augment;
using VeniceAot.Billing;
using VeniceAot.Characters;
using VeniceAot.Crypto;
using VeniceAot.Chat;
using VeniceAot.Embeddings;
using VeniceAot.Models;
using VeniceAot.Responses;
using VeniceAot.X402;

namespace VeniceAot.Json
{
    /// <summary>
    /// The System.Text.Json source-generated contracts of every Venice request and response. Nulls are never
    /// written (Venice rejects unknown or null keys); numbers may arrive as strings (Venice sends money both ways).
    /// </summary>
    [JsonSourceGenerationOptions(
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString)]
    [JsonSerializable(typeof(ApiKeyList))]
    [JsonSerializable(typeof(ApiKeyResponse))]
    [JsonSerializable(typeof(CreateApiKeyRequest))]
    [JsonSerializable(typeof(CreateApiKeyResponse))]
    [JsonSerializable(typeof(UpdateApiKeyRequest))]
    [JsonSerializable(typeof(DeleteApiKeyResponse))]
    [JsonSerializable(typeof(RateLimitsResponse))]
    [JsonSerializable(typeof(RateLimitLogResponse))]
    [JsonSerializable(typeof(Web3TokenResponse))]
    [JsonSerializable(typeof(CreateWeb3ApiKeyRequest))]
    [JsonSerializable(typeof(ModelList))]
    [JsonSerializable(typeof(ModelTraitList))]
    [JsonSerializable(typeof(ModelCompatibilityMapping))]
    [JsonSerializable(typeof(List<ModelResponse>))]
    [JsonSerializable(typeof(EmbeddingRequest))]
    [JsonSerializable(typeof(EmbeddingResponse))]
    [JsonSerializable(typeof(ResponsesRequest))]
    [JsonSerializable(typeof(ResponsesResponse))]
    [JsonSerializable(typeof(ResponseStreamEvent))]
    [JsonSerializable(typeof(ResponseOutputItem))]
    [JsonSerializable(typeof(ResponseReasoningItem))]
    [JsonSerializable(typeof(ResponseMessageItem))]
    [JsonSerializable(typeof(ResponseFunctionCallItem))]
    [JsonSerializable(typeof(ResponseWebSearchCallItem))]
    [JsonSerializable(typeof(IReadOnlyList<ResponseInputItem>))]
    [JsonSerializable(typeof(ResponseInputMessage))]
    [JsonSerializable(typeof(ResponseFlexibleInputMessage))]
    [JsonSerializable(typeof(ResponseReasoningInput))]
    [JsonSerializable(typeof(ResponseFunctionCallInput))]
    [JsonSerializable(typeof(ResponseFunctionCallOutputInput))]
    [JsonSerializable(typeof(ResponseItemReference))]
    [JsonSerializable(typeof(IReadOnlyList<ResponseContentPart>))]
    [JsonSerializable(typeof(ResponseInputTextPart))]
    [JsonSerializable(typeof(ResponseInputImagePart))]
    [JsonSerializable(typeof(ResponseOutputTextPart))]
    [JsonSerializable(typeof(ResponseTextPart))]
    [JsonSerializable(typeof(ResponseImageUrlPart))]
    [JsonSerializable(typeof(ResponseImageUrl))]
    [JsonSerializable(typeof(ResponseFunctionTool))]
    [JsonSerializable(typeof(ResponseWebSearchTool))]
    [JsonSerializable(typeof(ResponseXSearchTool))]
    [JsonSerializable(typeof(ResponseCodeInterpreterTool))]
    [JsonSerializable(typeof(ResponseFileSearchTool))]
    [JsonSerializable(typeof(ResponseComputerUseTool))]
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
    [JsonSerializable(typeof(BillingBalance))]
    [JsonSerializable(typeof(UsageAnalytics))]
    [JsonSerializable(typeof(UsageHistoryPage))]
    [JsonSerializable(typeof(CharacterList))]
    [JsonSerializable(typeof(CharacterResponse))]
    [JsonSerializable(typeof(CharacterReviewList))]
    [JsonSerializable(typeof(CryptoRpcNetworkList))]
    [JsonSerializable(typeof(JsonRpcRequestBody))]
    [JsonSerializable(typeof(JsonRpcResponseBody))]
    [JsonSerializable(typeof(JsonRpcRequest))]
    [JsonSerializable(typeof(JsonRpcResponse))]
    [JsonSerializable(typeof(List<JsonRpcRequest>))]
    [JsonSerializable(typeof(List<JsonRpcResponse>))]
    [JsonSerializable(typeof(X402BalanceResponse))]
    [JsonSerializable(typeof(X402TransactionsResponse))]
    [JsonSerializable(typeof(X402TopUpResponse))]
    [JsonSerializable(typeof(X402Discovery))]
    [JsonSerializable(typeof(X402InsufficientBalance))]
    [JsonSerializable(typeof(X402SettlementResponse))]
    [JsonSerializable(typeof(X402ErrorBody))]
    [JsonSerializable(typeof(TextParserResponse))]
    [JsonSerializable(typeof(WebScrapeRequest))]
    [JsonSerializable(typeof(WebScrapeResponse))]
    [JsonSerializable(typeof(WebSearchRequest))]
    [JsonSerializable(typeof(WebSearchResponse))]
    public sealed partial class VeniceJsonContext : JsonSerializerContext;
}
