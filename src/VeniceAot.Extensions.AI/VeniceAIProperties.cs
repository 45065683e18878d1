namespace VeniceAot.Extensions.AI
{
    /// <summary>
    /// The keys of Venice-only settings in the <c>AdditionalProperties</c> of <c>ChatOptions</c>, <c>EmbeddingGenerationOptions</c>,
    /// <c>ImageGenerationOptions</c>, <c>SpeechToTextOptions</c> and <c>TextToSpeechOptions</c>, and of the Venice-only values the
    /// adapters put in the <c>AdditionalProperties</c> of responses. Each key is the wire name of the field it sets. A value may be
    /// of the documented type, a <see cref="System.Text.Json.JsonElement"/> of the matching kind (options read from configuration),
    /// or for booleans and numbers its invariant string form. Keys not listed here are ignored, never forwarded: Venice rejects
    /// unknown request fields.
    /// </summary>
    public static class VeniceAIProperties
    {
        // ---- Chat: venice_parameters ----

        /// <summary>
        /// A whole <see cref="VeniceAot.Chat.ChatVeniceParameters"/> to send as <c>venice_parameters</c>. The single-setting keys
        /// below (<see cref="CharacterSlug"/>, <see cref="EnableWebSearch"/>, …) override its fields.
        /// </summary>
        public const string VeniceParameters = "venice_parameters";

        /// <summary><c>venice_parameters.character_slug</c> (string): the public Venice character to talk to.</summary>
        public const string CharacterSlug = "character_slug";

        /// <summary><c>venice_parameters.enable_web_search</c>: a <see cref="VeniceAot.Chat.ChatWebSearchMode"/> or the string <c>auto</c>, <c>on</c> or <c>off</c>.</summary>
        public const string EnableWebSearch = "enable_web_search";

        /// <summary><c>venice_parameters.enable_web_scraping</c> (bool).</summary>
        public const string EnableWebScraping = "enable_web_scraping";

        /// <summary><c>venice_parameters.enable_web_citations</c> (bool).</summary>
        public const string EnableWebCitations = "enable_web_citations";

        /// <summary><c>venice_parameters.include_search_results_in_stream</c> (bool).</summary>
        public const string IncludeSearchResultsInStream = "include_search_results_in_stream";

        /// <summary><c>venice_parameters.return_search_results_as_documents</c> (bool).</summary>
        public const string ReturnSearchResultsAsDocuments = "return_search_results_as_documents";

        /// <summary><c>venice_parameters.include_venice_system_prompt</c> (bool): whether Venice's own system prompt is added.</summary>
        public const string IncludeVeniceSystemPrompt = "include_venice_system_prompt";

        /// <summary><c>venice_parameters.strip_thinking_response</c> (bool).</summary>
        public const string StripThinkingResponse = "strip_thinking_response";

        /// <summary><c>venice_parameters.disable_thinking</c> (bool).</summary>
        public const string DisableThinking = "disable_thinking";

        /// <summary><c>venice_parameters.enable_e2ee</c> (bool).</summary>
        public const string EnableE2ee = "enable_e2ee";

        /// <summary><c>venice_parameters.enable_x_search</c> (bool).</summary>
        public const string EnableXSearch = "enable_x_search";

        // ---- Chat: request fields ChatOptions has no property for ----

        /// <summary><c>min_p</c> (double).</summary>
        public const string MinP = "min_p";

        /// <summary><c>repetition_penalty</c> (double).</summary>
        public const string RepetitionPenalty = "repetition_penalty";

        /// <summary><c>min_temp</c> (double).</summary>
        public const string MinTemp = "min_temp";

        /// <summary><c>max_temp</c> (double).</summary>
        public const string MaxTemp = "max_temp";

        /// <summary><c>logprobs</c> (bool).</summary>
        public const string Logprobs = "logprobs";

        /// <summary><c>top_logprobs</c> (int).</summary>
        public const string TopLogprobs = "top_logprobs";

        /// <summary><c>prompt_cache_key</c> (string).</summary>
        public const string PromptCacheKey = "prompt_cache_key";

        /// <summary><c>prompt_cache_retention</c>: a <see cref="VeniceAot.Chat.ChatPromptCacheRetention"/> or its string (<c>default</c>, <c>extended</c>, <c>24h</c>).</summary>
        public const string PromptCacheRetention = "prompt_cache_retention";

        /// <summary><c>reasoning_effort</c>: a <see cref="VeniceAot.Chat.ChatReasoningEffort"/> or its string; wins over <c>ChatOptions.Reasoning.Effort</c> (use it for <c>minimal</c> or <c>max</c>).</summary>
        public const string ReasoningEffort = "reasoning_effort";

        /// <summary><c>verbosity</c>: a <see cref="VeniceAot.Chat.ChatVerbosity"/> or its string.</summary>
        public const string Verbosity = "verbosity";

        /// <summary><c>user</c> (string; accepted and discarded by Venice).</summary>
        public const string User = "user";

        // ---- Chat response ----

        /// <summary>
        /// Response <c>AdditionalProperties</c>: the <see cref="VeniceAot.Chat.ChatCost"/> of the request (non-streamed answers),
        /// when Venice reported it.
        /// </summary>
        public const string Cost = "cost";

        /// <summary>
        /// Response and update <c>AdditionalProperties</c>: the echoed <see cref="VeniceAot.Chat.ChatVeniceParametersEcho"/>,
        /// including <c>web_search_citations</c>, when Venice sent it. (Same key as the request-side <see cref="VeniceParameters"/>.)
        /// </summary>
        public const string VeniceParametersEcho = "venice_parameters";

        /// <summary>Response and update <c>AdditionalProperties</c>: Venice's <c>stop_reason</c> (string), when the backend reported one.</summary>
        public const string StopReason = "stop_reason";

        // ---- Embeddings ----

        /// <summary>Embeddings: <c>encoding_format</c>, <c>float</c> or <c>base64</c> (vectors come back as floats either way).</summary>
        public const string EncodingFormat = "encoding_format";

        // ---- Images ----

        /// <summary>Images: <c>negative_prompt</c> (string).</summary>
        public const string NegativePrompt = "negative_prompt";

        /// <summary>Images: <c>style_preset</c> (string).</summary>
        public const string StylePreset = "style_preset";

        /// <summary>Images: <c>cfg_scale</c> (double).</summary>
        public const string CfgScale = "cfg_scale";

        /// <summary>Images: <c>steps</c> (int).</summary>
        public const string Steps = "steps";

        /// <summary>Images: <c>seed</c> (int).</summary>
        public const string Seed = "seed";

        /// <summary>Images: <c>safe_mode</c> (bool).</summary>
        public const string SafeMode = "safe_mode";

        /// <summary>Images: <c>hide_watermark</c> (bool).</summary>
        public const string HideWatermark = "hide_watermark";

        /// <summary>Images: <c>aspect_ratio</c> (string, e.g. <c>16:9</c>).</summary>
        public const string AspectRatio = "aspect_ratio";

        /// <summary>Images: <c>resolution</c> (string, e.g. <c>1K</c>).</summary>
        public const string Resolution = "resolution";

        /// <summary>Images: <c>lora_strength</c> (int).</summary>
        public const string LoraStrength = "lora_strength";

        /// <summary>Images: <c>embed_exif_metadata</c> (bool).</summary>
        public const string EmbedExifMetadata = "embed_exif_metadata";

        // ---- Audio ----

        /// <summary>Transcription: the file name sent with the audio (its extension tells Venice the format); default <c>audio.wav</c>, or the name of a <c>FileStream</c>.</summary>
        public const string FileName = "file_name";

        /// <summary>Transcription: <c>timestamps</c> (bool); the word and segment timings are then on the response's <c>RawRepresentation</c>.</summary>
        public const string Timestamps = "timestamps";

        /// <summary>Speech: <c>prompt</c> (string), a style prompt for models that support it.</summary>
        public const string Prompt = "prompt";

        /// <summary>Speech: <c>temperature</c> (double), for models that support it.</summary>
        public const string Temperature = "temperature";

        /// <summary>Speech: <c>top_p</c> (double), for models that support it.</summary>
        public const string TopP = "top_p";
    }
}
