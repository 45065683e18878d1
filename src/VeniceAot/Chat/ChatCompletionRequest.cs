using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace VeniceAot.Chat
{
    /// <summary>
    /// <c>POST /chat/completions</c>: a conversation and how to continue it. Only <see cref="Model"/> and
    /// <see cref="Messages"/> are required; every other property is left out of the body while null (Venice rejects
    /// unknown keys). A record, so <c>request with { … }</c> makes a changed copy.
    /// </summary>
    public sealed record ChatCompletionRequest : Telemetry.IModelRequest
    {
        string? Telemetry.IModelRequest.Model => Model;

        /// <summary>The model id, trait or compatibility mapping; may carry a feature suffix (see <see cref="ModelFeatureSuffix"/>).</summary>
        [JsonPropertyName("model")]
        public required string Model { get; init; }

        /// <summary>The conversation so far (at least one message).</summary>
        [JsonPropertyName("messages")]
        public required IReadOnlyList<ChatMessage> Messages { get; init; }

        /// <summary>-2 to 2; positive values penalise tokens by how often they already appeared.</summary>
        [JsonPropertyName("frequency_penalty")]
        public double? FrequencyPenalty { get; init; }

        /// <summary>Whether to return log probabilities (not every model supports it).</summary>
        [JsonPropertyName("logprobs")]
        public bool? Logprobs { get; init; }

        /// <summary>How many most likely tokens to return per position (with <see cref="Logprobs"/>).</summary>
        [JsonPropertyName("top_logprobs")]
        public int? TopLogprobs { get; init; }

        /// <summary>Upper bound of generated tokens, visible and reasoning tokens together.</summary>
        [JsonPropertyName("max_completion_tokens")]
        public int? MaxCompletionTokens { get; init; }

        /// <summary>Maximum temperature for dynamic temperature scaling (0 to 2).</summary>
        [JsonPropertyName("max_temp")]
        public double? MaxTemp { get; init; }

        /// <summary>Maximum generated tokens (deprecated by Venice in favour of <see cref="MaxCompletionTokens"/>).</summary>
        [JsonPropertyName("max_tokens")]
        public int? MaxTokens { get; init; }

        /// <summary>Minimum probability, relative to the most likely token, for a token to be considered (0 to 1).</summary>
        [JsonPropertyName("min_p")]
        public double? MinP { get; init; }

        /// <summary>Minimum temperature for dynamic temperature scaling (0 to 2).</summary>
        [JsonPropertyName("min_temp")]
        public double? MinTemp { get; init; }

        /// <summary>How many choices to generate (billed for all of them).</summary>
        [JsonPropertyName("n")]
        public int? N { get; init; }

        /// <summary>-2 to 2; positive values penalise tokens that already appeared at all.</summary>
        [JsonPropertyName("presence_penalty")]
        public double? PresencePenalty { get; init; }

        /// <summary>A key that routes related requests together for better cache hits.</summary>
        [JsonPropertyName("prompt_cache_key")]
        public string? PromptCacheKey { get; init; }

        /// <summary>How long prompt cache entries are kept.</summary>
        [JsonPropertyName("prompt_cache_retention")]
        public ChatPromptCacheRetention? PromptCacheRetention { get; init; }

        /// <summary>Repetition penalty; 1.0 means none, above 1.0 discourages repetition.</summary>
        [JsonPropertyName("repetition_penalty")]
        public double? RepetitionPenalty { get; init; }

        /// <summary>Reasoning settings for supported models.</summary>
        [JsonPropertyName("reasoning")]
        public ChatReasoningOptions? Reasoning { get; init; }

        /// <summary>OpenAI-style reasoning effort; wins over <see cref="ChatReasoningOptions.Effort"/> if both are set.</summary>
        [JsonPropertyName("reasoning_effort")]
        public ChatReasoningEffort? ReasoningEffort { get; init; }

        /// <summary>Random seed (greater than 0), for reproducible output.</summary>
        [JsonPropertyName("seed")]
        public long? Seed { get; init; }

        /// <summary>Up to four sequences that stop generation; a string or an array.</summary>
        [JsonPropertyName("stop")]
        public ChatStop? Stop { get; init; }

        /// <summary>Token ids that stop generation.</summary>
        [JsonPropertyName("stop_token_ids")]
        public IReadOnlyList<int>? StopTokenIds { get; init; }

        /// <summary>
        /// Whether to stream. Leave it null with <see cref="ChatClient.CreateAsync"/>; <see cref="ChatClient.StreamAsync"/>
        /// sets it to true itself.
        /// </summary>
        [JsonPropertyName("stream")]
        public bool? Stream { get; init; }

        /// <summary>Streaming options, e.g. a final usage chunk.</summary>
        [JsonPropertyName("stream_options")]
        public ChatStreamOptions? StreamOptions { get; init; }

        /// <summary>Sampling temperature, 0 to 2.</summary>
        [JsonPropertyName("temperature")]
        public double? Temperature { get; init; }

        /// <summary>How many most likely tokens to sample from.</summary>
        [JsonPropertyName("top_k")]
        public int? TopK { get; init; }

        /// <summary>Nucleus sampling: the probability mass to sample from (0 to 1).</summary>
        [JsonPropertyName("top_p")]
        public double? TopP { get; init; }

        /// <summary>Accepted for OpenAI compatibility and discarded by Venice.</summary>
        [JsonPropertyName("user")]
        public string? User { get; init; }

        /// <summary>Models to fall back to on a server-side refusal (direct Anthropic routes only; at most 10).</summary>
        [JsonPropertyName("fallbacks")]
        public IReadOnlyList<ChatFallback>? Fallbacks { get; init; }

        /// <summary>Accepted for OpenAI compatibility; not used by Venice.</summary>
        [JsonPropertyName("store")]
        public bool? Store { get; init; }

        /// <summary>How verbose the answer is.</summary>
        [JsonPropertyName("verbosity")]
        public ChatVerbosity? Verbosity { get; init; }

        /// <summary>OpenAI-style text settings.</summary>
        [JsonPropertyName("text")]
        public ChatTextOptions? Text { get; init; }

        /// <summary>OpenAI-style list of additional data to include in the response.</summary>
        [JsonPropertyName("include")]
        public IReadOnlyList<string>? Include { get; init; }

        /// <summary>OpenAI-style string metadata, for tracking.</summary>
        [JsonPropertyName("metadata")]
        public IReadOnlyDictionary<string, string>? Metadata { get; init; }

        /// <summary>Venice-only settings: web search, characters, thinking, system prompt, E2EE.</summary>
        [JsonPropertyName("venice_parameters")]
        public ChatVeniceParameters? VeniceParameters { get; init; }

        /// <summary>Whether the model may call several tools at once (Venice's default: true).</summary>
        [JsonPropertyName("parallel_tool_calls")]
        public bool? ParallelToolCalls { get; init; }

        /// <summary>The answer's format: text, any JSON object, or JSON following a schema.</summary>
        [JsonPropertyName("response_format")]
        public ChatResponseFormat? ResponseFormat { get; init; }

        /// <summary>Whether and which tool the model must call.</summary>
        [JsonPropertyName("tool_choice")]
        public ChatToolChoice? ToolChoice { get; init; }

        /// <summary>The tools the model may use.</summary>
        [JsonPropertyName("tools")]
        public IReadOnlyList<ChatTool>? Tools { get; init; }
    }

    /// <summary><c>stream_options</c>.</summary>
    public sealed class ChatStreamOptions
    {
        /// <summary>Whether the last chunk carries <c>usage</c>.</summary>
        [JsonPropertyName("include_usage")]
        public bool? IncludeUsage { get; init; }
    }

    /// <summary><c>reasoning</c>: how a reasoning model thinks.</summary>
    public sealed class ChatReasoningOptions
    {
        /// <summary>How hard the model thinks; the model's default if null.</summary>
        [JsonPropertyName("effort")]
        public ChatReasoningEffort? Effort { get; init; }

        /// <summary>Whether and how the model summarises its reasoning.</summary>
        [JsonPropertyName("summary")]
        public ChatReasoningSummary? Summary { get; init; }
    }

    /// <summary><c>text</c>: OpenAI-style text settings.</summary>
    public sealed class ChatTextOptions
    {
        /// <summary>How verbose the answer is.</summary>
        [JsonPropertyName("verbosity")]
        public ChatVerbosity? Verbosity { get; init; }
    }

    /// <summary>One entry of <c>fallbacks</c>.</summary>
    public sealed class ChatFallback
    {
        /// <summary>The model to fall back to.</summary>
        [JsonPropertyName("model")]
        public required string Model { get; init; }
    }
}
