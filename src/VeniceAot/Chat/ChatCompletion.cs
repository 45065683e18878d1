using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VeniceAot.Chat
{
    /// <summary>The answer of <c>POST /chat/completions</c> (not streamed), or a stream folded by <see cref="ChatCompletionAccumulator"/>.</summary>
    public sealed class ChatCompletion : Telemetry.IUsageReport
    {
        Telemetry.UsageReport Telemetry.IUsageReport.Usage => new(Model, Id, Usage?.PromptTokens, Usage?.CompletionTokens);

        /// <summary>The request's id.</summary>
        [JsonPropertyName("id")]
        public string Id { get; set; } = string.Empty;

        /// <summary><c>chat.completion</c>.</summary>
        [JsonPropertyName("object")]
        public ChatObjectType? Object { get; set; }

        /// <summary>When the request was created, in Unix seconds.</summary>
        [JsonPropertyName("created")]
        public long Created { get; set; }

        /// <summary>The model that answered.</summary>
        [JsonPropertyName("model")]
        public string Model { get; set; } = string.Empty;

        /// <summary>The choices (more than one with <c>n</c> &gt; 1; some models may omit it).</summary>
        [JsonPropertyName("choices")]
        public List<ChatChoice> Choices { get; set; } = [];

        /// <summary>Token counts.</summary>
        [JsonPropertyName("usage")]
        public ChatUsage? Usage { get; set; }

        /// <summary>What the request cost (Venice).</summary>
        [JsonPropertyName("cost")]
        public ChatCost? Cost { get; set; }

        /// <summary>Log probabilities of the prompt: null or a free-form object, kept as JSON.</summary>
        [JsonPropertyName("prompt_logprobs")]
        public JsonElement? PromptLogprobs { get; set; }

        /// <summary>The Venice settings that applied, with web-search citations.</summary>
        [JsonPropertyName("venice_parameters")]
        public ChatVeniceParametersEcho? VeniceParameters { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }

        /// <summary>The text of the first choice's assistant message, or null if there is none.</summary>
        /// <returns>The answer text.</returns>
        public string? GetText() =>
            Choices.Count > 0 && Choices[0].Message is ChatAssistantMessage { Content: { } content } ? content.GetText() : null;
    }

    /// <summary>One choice of a <see cref="ChatCompletion"/>.</summary>
    public sealed class ChatChoice
    {
        /// <summary>The choice's position.</summary>
        [JsonPropertyName("index")]
        public int Index { get; set; }

        /// <summary>The message: normally a <see cref="ChatAssistantMessage"/> (the spec also allows a tool message).</summary>
        [JsonPropertyName("message")]
        public ChatMessage? Message { get; set; }

        /// <summary>Why generation finished; null if the server did not say.</summary>
        [JsonPropertyName("finish_reason")]
        public ChatFinishReason? FinishReason { get; set; }

        /// <summary>What stopped generation, when the backend reports it; often null.</summary>
        [JsonPropertyName("stop_reason")]
        public ChatStopReason? StopReason { get; set; }

        /// <summary>Log probabilities, when requested; otherwise null.</summary>
        [JsonPropertyName("logprobs")]
        public ChatLogprobs? Logprobs { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>
    /// <c>logprobs</c> of a choice. The spec declares one token's entry (<c>token</c>, <c>logprob</c>, <c>bytes</c>,
    /// <c>top_logprobs</c>); OpenAI-compatible backends send a <c>content</c> list of such entries instead, which is
    /// read into <see cref="Content"/> although the spec does not declare it.
    /// </summary>
    public sealed class ChatLogprobs
    {
        /// <summary>The token.</summary>
        [JsonPropertyName("token")]
        public string? Token { get; set; }

        /// <summary>Its log probability.</summary>
        [JsonPropertyName("logprob")]
        public double? Logprob { get; set; }

        /// <summary>Its UTF-8 bytes.</summary>
        [JsonPropertyName("bytes")]
        public List<int>? Bytes { get; set; }

        /// <summary>The most likely alternatives at this position.</summary>
        [JsonPropertyName("top_logprobs")]
        public List<ChatTokenLogprob>? TopLogprobs { get; set; }

        /// <summary>Per-token entries (the OpenAI shape; not declared by the spec).</summary>
        [JsonPropertyName("content")]
        public List<ChatTokenLogprob>? Content { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>One token with its log probability.</summary>
    public sealed class ChatTokenLogprob
    {
        /// <summary>The token.</summary>
        [JsonPropertyName("token")]
        public string Token { get; set; } = string.Empty;

        /// <summary>Its log probability.</summary>
        [JsonPropertyName("logprob")]
        public double Logprob { get; set; }

        /// <summary>Its UTF-8 bytes.</summary>
        [JsonPropertyName("bytes")]
        public List<int>? Bytes { get; set; }

        /// <summary>The most likely alternatives at this position (per-token entries of the OpenAI shape).</summary>
        [JsonPropertyName("top_logprobs")]
        public List<ChatTokenLogprob>? TopLogprobs { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>Token counts of a request.</summary>
    public sealed class ChatUsage
    {
        /// <summary>Tokens in the prompt.</summary>
        [JsonPropertyName("prompt_tokens")]
        public int PromptTokens { get; set; }

        /// <summary>Tokens generated.</summary>
        [JsonPropertyName("completion_tokens")]
        public int CompletionTokens { get; set; }

        /// <summary>Prompt and completion tokens together.</summary>
        [JsonPropertyName("total_tokens")]
        public int TotalTokens { get; set; }

        /// <summary>Cache reads and writes, for models with prompt caching.</summary>
        [JsonPropertyName("prompt_tokens_details")]
        public ChatPromptTokensDetails? PromptTokensDetails { get; set; }

        /// <summary>Reasoning tokens, for providers that count them.</summary>
        [JsonPropertyName("completion_tokens_details")]
        public ChatCompletionTokensDetails? CompletionTokensDetails { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary><c>usage.prompt_tokens_details</c>.</summary>
    public sealed class ChatPromptTokensDetails
    {
        /// <summary>Prompt tokens read from the cache (often billed at a discount).</summary>
        [JsonPropertyName("cached_tokens")]
        public int? CachedTokens { get; set; }

        /// <summary>Prompt tokens written to the cache (some providers bill a premium).</summary>
        [JsonPropertyName("cache_creation_input_tokens")]
        public int? CacheCreationInputTokens { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary><c>usage.completion_tokens_details</c>.</summary>
    public sealed class ChatCompletionTokensDetails
    {
        /// <summary>Completion tokens spent on reasoning.</summary>
        [JsonPropertyName("reasoning_tokens")]
        public int? ReasoningTokens { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>What a request cost, split by billing currency.</summary>
    public sealed class ChatCost
    {
        /// <summary>The DIEM part.</summary>
        [JsonPropertyName("diem")]
        public decimal Diem { get; set; }

        /// <summary>The USD part (bundled credits count as USD).</summary>
        [JsonPropertyName("usd")]
        public decimal Usd { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }
}
