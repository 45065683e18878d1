using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace VeniceAot.Responses
{
    /// <summary>
    /// The body of <c>POST /responses</c> (alpha, stateless: send the whole conversation every time). Null properties
    /// are not sent. E2EE-capable models are not supported here; use chat completions for them.
    /// </summary>
    public sealed class ResponsesRequest : Telemetry.IModelRequest
    {
        string? Telemetry.IModelRequest.Model => Model;

        /// <summary>The model id (e.g. <c>zai-org-glm-5-1</c>).</summary>
        [JsonPropertyName("model")]
        public required string Model { get; init; }

        /// <summary>A prompt string, or a list of items (messages, reasoning, function calls and their outputs, references).</summary>
        [JsonPropertyName("input")]
        public required ResponseInput Input { get; init; }

        /// <summary>Additional response fields to include (OpenAI-compatible names).</summary>
        [JsonPropertyName("include")]
        public IReadOnlyList<string>? Include { get; init; }

        /// <summary>The most tokens to generate (greater than 0).</summary>
        [JsonPropertyName("max_output_tokens")]
        public int? MaxOutputTokens { get; init; }

        /// <summary>Sampling temperature, 0 to 2.</summary>
        [JsonPropertyName("temperature")]
        public double? Temperature { get; init; }

        /// <summary>Nucleus sampling, 0 to 1.</summary>
        [JsonPropertyName("top_p")]
        public double? TopP { get; init; }

        /// <summary>Refusal fallback models (at most 10); forwarded only on direct Anthropic routes.</summary>
        [JsonPropertyName("fallbacks")]
        public IReadOnlyList<ResponseFallbackModel>? Fallbacks { get; init; }

        /// <summary>Reasoning effort and summary format.</summary>
        [JsonPropertyName("reasoning")]
        public ResponseReasoningOptions? Reasoning { get; init; }

        /// <summary>Tools the model may call.</summary>
        [JsonPropertyName("tools")]
        public IReadOnlyList<ResponseTool>? Tools { get; init; }

        /// <summary>Which tool the model calls.</summary>
        [JsonPropertyName("tool_choice")]
        public ResponseToolChoice? ToolChoice { get; init; }

        /// <summary>Enable web search for this request.</summary>
        [JsonPropertyName("web_search")]
        public bool? WebSearch { get; init; }

        /// <summary>
        /// Whether to stream. Leave unset: <see cref="IResponsesApi.StreamAsync"/> sends <c>true</c> itself and
        /// <see cref="IResponsesApi.CreateAsync"/> refuses <c>true</c>.
        /// </summary>
        [JsonPropertyName("stream")]
        public bool? Stream { get; init; }

        /// <summary>Venice-specific options.</summary>
        [JsonPropertyName("venice_parameters")]
        public ResponsesVeniceParameters? VeniceParameters { get; init; }

        /// <summary>A copy of this request with <see cref="Stream"/> set to <paramref name="stream"/>.</summary>
        internal ResponsesRequest WithStream(bool stream) => new()
        {
            Model = Model,
            Input = Input,
            Include = Include,
            MaxOutputTokens = MaxOutputTokens,
            Temperature = Temperature,
            TopP = TopP,
            Fallbacks = Fallbacks,
            Reasoning = Reasoning,
            Tools = Tools,
            ToolChoice = ToolChoice,
            WebSearch = WebSearch,
            Stream = stream,
            VeniceParameters = VeniceParameters,
        };
    }

    /// <summary>A refusal fallback model.</summary>
    public sealed class ResponseFallbackModel
    {
        /// <summary>The model id.</summary>
        [JsonPropertyName("model")]
        public required string Model { get; init; }
    }

    /// <summary>Reasoning configuration.</summary>
    public sealed class ResponseReasoningOptions
    {
        /// <summary>How hard the model thinks, for models that support it.</summary>
        [JsonPropertyName("effort")]
        public ResponseReasoningEffort? Effort { get; init; }

        /// <summary>The reasoning summary format.</summary>
        [JsonPropertyName("summary")]
        public ResponseReasoningSummary? Summary { get; init; }
    }

    /// <summary>The <c>venice_parameters</c> the Responses endpoint accepts (a subset of the chat ones).</summary>
    public sealed class ResponsesVeniceParameters
    {
        /// <summary>The slug of a public Venice character.</summary>
        [JsonPropertyName("character_slug")]
        public string? CharacterSlug { get; init; }

        /// <summary>Use end-to-end encryption when the E2EE headers are present (server default true); false forces TEE-only.</summary>
        [JsonPropertyName("enable_e2ee")]
        public bool? EnableE2ee { get; init; }

        /// <summary>Web search: <c>auto</c>, <c>off</c> or <c>on</c>.</summary>
        [JsonPropertyName("enable_web_search")]
        public ResponseWebSearchMode? EnableWebSearch { get; init; }

        /// <summary>Scrape URLs in the latest user message.</summary>
        [JsonPropertyName("enable_web_scraping")]
        public bool? EnableWebScraping { get; init; }

        /// <summary>Ask the model to cite its sources.</summary>
        [JsonPropertyName("enable_web_citations")]
        public bool? EnableWebCitations { get; init; }

        /// <summary>Include Venice's system prompts (server default true).</summary>
        [JsonPropertyName("include_venice_system_prompt")]
        public bool? IncludeVeniceSystemPrompt { get; init; }

        /// <summary>Emit search results as the first streamed chunk.</summary>
        [JsonPropertyName("include_search_results_in_stream")]
        public bool? IncludeSearchResultsInStream { get; init; }
    }
}
