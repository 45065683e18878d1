using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VeniceAot.Models
{
    /// <summary>
    /// A model as listed by <c>GET /models</c>. Venice's own listing omits the spec-required <c>object</c> and
    /// <c>owned_by</c>, so every field is read leniently (absent stays null).
    /// </summary>
    public sealed class ModelResponse
    {
        /// <summary>The model id to pass in requests. Case-sensitive (<c>wai-Illustrious</c>): never normalise it.</summary>
        [JsonPropertyName("id")]
        public string Id { get; set; } = string.Empty;

        /// <summary>The model's type.</summary>
        [JsonPropertyName("type")]
        public ModelType Type { get; set; }

        /// <summary>When the model was released on the Venice API, in Unix seconds.</summary>
        [JsonPropertyName("created")]
        public long? Created { get; set; }

        /// <summary><see cref="Created"/> as a UTC time, or null when absent.</summary>
        [JsonIgnore]
        public DateTimeOffset? CreatedAt => Created is long seconds ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;

        /// <summary>The context length (text models only); mirrors <see cref="ModelSpec.AvailableContextTokens"/> for OpenAI compatibility.</summary>
        [JsonPropertyName("context_length")]
        public int? ContextLength { get; set; }

        /// <summary>
        /// A reseller's discount fraction (0.2 = 20% off), sent only to the reselling partner. Prices in
        /// <see cref="ModelSpec.Pricing"/> are the undiscounted base rate; absent means no discount.
        /// </summary>
        [JsonPropertyName("discount_to_user")]
        public decimal? DiscountToUser { get; set; }

        /// <summary>The model's details. Spec-required; every model in Venice's listing has one.</summary>
        [JsonPropertyName("model_spec")]
        public ModelSpec? ModelSpec { get; set; }

        /// <summary><c>model</c> when sent (the spec requires it; the live listing omits it).</summary>
        [JsonPropertyName("object")]
        public string? Object { get; set; }

        /// <summary><c>venice.ai</c> when sent (the spec requires it; the live listing omits it).</summary>
        [JsonPropertyName("owned_by")]
        public string? OwnedBy { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }

        /// <inheritdoc/>
        public override string ToString() => $"{Id} ({Type})";
    }

    /// <summary>
    /// A model's details. Most fields apply to one model type only (noted on each) and are absent for the others.
    /// </summary>
    public sealed class ModelSpec
    {
        /// <summary>The display name.</summary>
        [JsonPropertyName("name")]
        public string? Name { get; set; }

        /// <summary>A human-readable description.</summary>
        [JsonPropertyName("description")]
        public string? Description { get; set; }

        /// <summary>Where the model comes from, e.g. a repository URL (may be empty).</summary>
        [JsonPropertyName("modelSource")]
        public string? ModelSource { get; set; }

        /// <summary>How Venice handles data sent to the model. Spec-required.</summary>
        [JsonPropertyName("privacy")]
        public ModelPrivacyMode? Privacy { get; set; }

        /// <summary>Whether only users with beta access may use the model.</summary>
        [JsonPropertyName("beta")]
        public bool? Beta { get; set; }

        /// <summary>Whether the model is in beta status.</summary>
        [JsonPropertyName("betaModel")]
        public bool? BetaModel { get; set; }

        /// <summary>Whether the model is offline now (Venice's default: false).</summary>
        [JsonPropertyName("offline")]
        public bool? Offline { get; set; }

        /// <summary>Present and true when Venice classifies the model as uncensored.</summary>
        [JsonPropertyName("uncensored")]
        public bool? Uncensored { get; set; }

        /// <summary>Country codes where the model is meant to be available; present only for region-restricted models.</summary>
        [JsonPropertyName("regionRestrictions")]
        public List<string>? RegionRestrictions { get; set; }

        /// <summary>Traits (e.g. <c>default_code</c>, <c>fastest</c>) that select this model when passed instead of an id.</summary>
        [JsonPropertyName("traits")]
        public List<string>? Traits { get; set; }

        /// <summary>Retirement details; present only for models scheduled to be retired.</summary>
        [JsonPropertyName("deprecation")]
        public ModelDeprecation? Deprecation { get; set; }

        /// <summary>What a text model supports.</summary>
        [JsonPropertyName("capabilities")]
        public ModelCapabilities? Capabilities { get; set; }

        /// <summary>Parameter limits and defaults (image, text, video or inpaint fields; see <see cref="ModelConstraints"/>).</summary>
        [JsonPropertyName("constraints")]
        public ModelConstraints? Constraints { get; set; }

        /// <summary>Prices (the fields of the model type's pricing shape; see <see cref="ModelPricing"/>).</summary>
        [JsonPropertyName("pricing")]
        public ModelPricing? Pricing { get; set; }

        /// <summary>Text: the context length in tokens.</summary>
        [JsonPropertyName("availableContextTokens")]
        public int? AvailableContextTokens { get; set; }

        /// <summary>Text: the most completion tokens the model generates (upper bound of <c>max_completion_tokens</c>).</summary>
        [JsonPropertyName("maxCompletionTokens")]
        public int? MaxCompletionTokens { get; set; }

        /// <summary>Image: whether <c>POST /image/generate</c> accepts <c>style_references</c>.</summary>
        [JsonPropertyName("supportsStyleReferences")]
        public bool? SupportsStyleReferences { get; set; }

        /// <summary>Embedding: the native number of dimensions of the output vector.</summary>
        [JsonPropertyName("embeddingDimensions")]
        public int? EmbeddingDimensions { get; set; }

        /// <summary>Embedding: the most input tokens per input string.</summary>
        [JsonPropertyName("maxInputTokens")]
        public int? MaxInputTokens { get; set; }

        /// <summary>Embedding: whether the <c>dimensions</c> request parameter can reduce the output size.</summary>
        [JsonPropertyName("supportsCustomDimensions")]
        public bool? SupportsCustomDimensions { get; set; }

        /// <summary>TTS and voice-enabled music: the voices the model offers (each model has its own set).</summary>
        [JsonPropertyName("voices")]
        public List<string>? Voices { get; set; }

        /// <summary>TTS: voice cloning support; present only when the cloning endpoint is available to the caller.</summary>
        [JsonPropertyName("voice_cloning")]
        public VoiceCloning? VoiceCloning { get; set; }

        /// <summary>Music: the default voice of voice-enabled models.</summary>
        [JsonPropertyName("default_voice")]
        public string? DefaultVoice { get; set; }

        /// <summary>Whether the <c>voice</c> parameter also accepts a provider voice id (e.g. an ElevenLabs Voice ID).</summary>
        [JsonPropertyName("supports_custom_voice_id")]
        public bool? SupportsCustomVoiceId { get; set; }

        /// <summary>Music: whether lyrics can be given.</summary>
        [JsonPropertyName("supports_lyrics")]
        public bool? SupportsLyrics { get; set; }

        /// <summary>Music: whether lyrics must be given.</summary>
        [JsonPropertyName("lyrics_required")]
        public bool? LyricsRequired { get; set; }

        /// <summary>Music: whether <c>force_instrumental</c> is supported.</summary>
        [JsonPropertyName("supports_force_instrumental")]
        public bool? SupportsForceInstrumental { get; set; }

        /// <summary>Music: whether <c>loop</c> is supported.</summary>
        [JsonPropertyName("supports_loop")]
        public bool? SupportsLoop { get; set; }

        /// <summary>Music: whether an ISO 639-1 <c>language_code</c> is supported.</summary>
        [JsonPropertyName("supports_language_code")]
        public bool? SupportsLanguageCode { get; set; }

        /// <summary>Music: whether speed can be adjusted.</summary>
        [JsonPropertyName("supports_speed")]
        public bool? SupportsSpeed { get; set; }

        /// <summary>Music: the default speed multiplier.</summary>
        [JsonPropertyName("default_speed")]
        public double? DefaultSpeed { get; set; }

        /// <summary>Music: the lowest speed multiplier.</summary>
        [JsonPropertyName("min_speed")]
        public double? MinSpeed { get; set; }

        /// <summary>Music: the highest speed multiplier.</summary>
        [JsonPropertyName("max_speed")]
        public double? MaxSpeed { get; set; }

        /// <summary>Music: the durations, in seconds, that can be requested.</summary>
        [JsonPropertyName("duration_options")]
        public List<double>? DurationOptions { get; set; }

        /// <summary>Music: the shortest duration in seconds.</summary>
        [JsonPropertyName("min_duration")]
        public double? MinDuration { get; set; }

        /// <summary>Music: the longest duration in seconds.</summary>
        [JsonPropertyName("max_duration")]
        public double? MaxDuration { get; set; }

        /// <summary>Music: the default duration in seconds.</summary>
        [JsonPropertyName("default_duration")]
        public double? DefaultDuration { get; set; }

        /// <summary>TTS and music: the output audio formats accepted; others are rejected.</summary>
        [JsonPropertyName("supported_formats")]
        public List<string>? SupportedFormats { get; set; }

        /// <summary>TTS and music: the format used when the request names none.</summary>
        [JsonPropertyName("default_format")]
        public string? DefaultFormat { get; set; }

        /// <summary>Music: the longest prompt in characters.</summary>
        [JsonPropertyName("prompt_character_limit")]
        public int? PromptCharacterLimit { get; set; }

        /// <summary>Music: the shortest prompt.</summary>
        [JsonPropertyName("min_prompt_length")]
        public int? MinPromptLength { get; set; }

        /// <summary>Music: the longest lyrics in characters.</summary>
        [JsonPropertyName("lyrics_character_limit")]
        public int? LyricsCharacterLimit { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>
    /// When and how a model is retired. Venice sends the instants as ISO 8601 strings (the spec types them as plain
    /// strings); they are kept as sent so they round-trip, and parsed by the <c>…Instant</c> properties.
    /// </summary>
    public sealed class ModelDeprecation
    {
        /// <summary>Whether Venice may remap requests for this id to <see cref="ReplacementModelId"/> instead of failing.</summary>
        [JsonPropertyName("autoRemap")]
        public bool AutoRemap { get; set; }

        /// <summary>Legacy sunset instant (the <c>x-venice-model-deprecation-date</c> header); prefer <see cref="StartsAt"/> and <see cref="RemovesAt"/>.</summary>
        [JsonPropertyName("date")]
        public string? Date { get; set; }

        /// <summary>When the id disappears from the public listing.</summary>
        [JsonPropertyName("removesAt")]
        public string? RemovesAt { get; set; }

        /// <summary>When deprecation warnings become active.</summary>
        [JsonPropertyName("startsAt")]
        public string? StartsAt { get; set; }

        /// <summary>The suggested model id to migrate to, when there is one.</summary>
        [JsonPropertyName("replacementModelId")]
        public string? ReplacementModelId { get; set; }

        /// <summary><see cref="Date"/> parsed, or null when absent or not an ISO 8601 instant.</summary>
        [JsonIgnore]
        public DateTimeOffset? DateInstant => Parse(Date);

        /// <summary><see cref="RemovesAt"/> parsed, or null when absent or not an ISO 8601 instant.</summary>
        [JsonIgnore]
        public DateTimeOffset? RemovesAtInstant => Parse(RemovesAt);

        /// <summary><see cref="StartsAt"/> parsed, or null when absent or not an ISO 8601 instant.</summary>
        [JsonIgnore]
        public DateTimeOffset? StartsAtInstant => Parse(StartsAt);

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }

        private static DateTimeOffset? Parse(string? text) =>
            DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset value) ? value : null;
    }

    /// <summary>What a text model supports. The <c>supports…</c> flags and <see cref="Quantization"/> are always sent for text models.</summary>
    public sealed class ModelCapabilities
    {
        /// <summary>Whether the model is optimised for code.</summary>
        [JsonPropertyName("optimizedForCode")]
        public bool OptimizedForCode { get; set; }

        /// <summary>The quantization of the running model.</summary>
        [JsonPropertyName("quantization")]
        public ModelQuantization? Quantization { get; set; }

        /// <summary>Whether function calling (tools) is supported.</summary>
        [JsonPropertyName("supportsFunctionCalling")]
        public bool SupportsFunctionCalling { get; set; }

        /// <summary>Whether audio input is supported.</summary>
        [JsonPropertyName("supportsAudioInput")]
        public bool SupportsAudioInput { get; set; }

        /// <summary>Whether the model reasons (thinking output).</summary>
        [JsonPropertyName("supportsReasoning")]
        public bool SupportsReasoning { get; set; }

        /// <summary>Whether <c>reasoning_effort</c> is supported.</summary>
        [JsonPropertyName("supportsReasoningEffort")]
        public bool SupportsReasoningEffort { get; set; }

        /// <summary>The accepted <c>reasoning_effort</c> values; present only when <see cref="SupportsReasoningEffort"/> is true.</summary>
        [JsonPropertyName("reasoningEffortOptions")]
        public List<ReasoningEffortOption>? ReasoningEffortOptions { get; set; }

        /// <summary>The <c>reasoning_effort</c> used when a request names none; present only when <see cref="SupportsReasoningEffort"/> is true.</summary>
        [JsonPropertyName("defaultReasoningEffort")]
        public ReasoningEffortOption? DefaultReasoningEffort { get; set; }

        /// <summary>Whether <c>response_format</c> JSON schemas are supported.</summary>
        [JsonPropertyName("supportsResponseSchema")]
        public bool SupportsResponseSchema { get; set; }

        /// <summary>Whether one request may carry several images (when <see cref="SupportsVision"/>).</summary>
        [JsonPropertyName("supportsMultipleImages")]
        public bool SupportsMultipleImages { get; set; }

        /// <summary>The most images per request; present only when <see cref="SupportsMultipleImages"/> is true.</summary>
        [JsonPropertyName("maxImages")]
        public int? MaxImages { get; set; }

        /// <summary>The most video attachments per chat request; present only when <see cref="SupportsVideoInput"/> is true.</summary>
        [JsonPropertyName("maxVideos")]
        public int? MaxVideos { get; set; }

        /// <summary>Whether image input is supported.</summary>
        [JsonPropertyName("supportsVision")]
        public bool SupportsVision { get; set; }

        /// <summary>Whether video input is supported.</summary>
        [JsonPropertyName("supportsVideoInput")]
        public bool SupportsVideoInput { get; set; }

        /// <summary>Whether web search is supported.</summary>
        [JsonPropertyName("supportsWebSearch")]
        public bool SupportsWebSearch { get; set; }

        /// <summary>Whether <c>logprobs</c> is supported.</summary>
        [JsonPropertyName("supportsLogProbs")]
        public bool SupportsLogProbs { get; set; }

        /// <summary>Whether the model runs in a TEE with hardware attestation.</summary>
        [JsonPropertyName("supportsTeeAttestation")]
        public bool SupportsTeeAttestation { get; set; }

        /// <summary>Whether end-to-end encryption is supported (needs <see cref="SupportsTeeAttestation"/>).</summary>
        [JsonPropertyName("supportsE2EE")]
        public bool SupportsE2EE { get; set; }

        /// <summary>Whether xAI's native X Search (<c>venice_parameters.enable_x_search</c>) is supported.</summary>
        [JsonPropertyName("supportsXSearch")]
        public bool SupportsXSearch { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>A TTS model's voice cloning: pass the model to <c>POST /audio/voices</c> to get a <c>vv_…</c> voice handle.</summary>
    public sealed class VoiceCloning
    {
        /// <summary>How the provider clones voices.</summary>
        [JsonPropertyName("mode")]
        public VoiceCloningMode? Mode { get; set; }

        /// <summary>Audio containers accepted as the reference sample; others are rejected with 400.</summary>
        [JsonPropertyName("accepted_formats")]
        public List<string>? AcceptedFormats { get; set; }

        /// <summary>The recommended minimum sample length in seconds.</summary>
        [JsonPropertyName("min_sample_seconds")]
        public double? MinSampleSeconds { get; set; }

        /// <summary>Days a voice handle stays valid (reset by each use for persistent models).</summary>
        [JsonPropertyName("retention_days")]
        public double? RetentionDays { get; set; }

        /// <summary>Fields this version of VeniceAot does not know yet.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }
}
