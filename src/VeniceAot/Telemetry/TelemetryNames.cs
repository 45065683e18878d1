namespace VeniceAot.Telemetry
{
    /// <summary>
    /// Attribute, event and operation names. The <c>gen_ai.*</c>, <c>server.*</c>, <c>http.*</c>, <c>url.*</c> and
    /// <c>error.type</c> names are the OpenTelemetry semantic conventions'; the <c>venice.*</c> ones are VeniceAot's own.
    /// </summary>
    internal static class TelemetryNames
    {
        // GenAI semantic conventions.
        public const string OperationName = "gen_ai.operation.name";
        public const string ProviderName = "gen_ai.provider.name";
        public const string RequestModel = "gen_ai.request.model";
        public const string ResponseModel = "gen_ai.response.model";
        public const string ResponseId = "gen_ai.response.id";
        public const string FinishReasons = "gen_ai.response.finish_reasons";
        public const string InputTokens = "gen_ai.usage.input_tokens";
        public const string OutputTokens = "gen_ai.usage.output_tokens";
        public const string TokenType = "gen_ai.token.type";
        public const string InputMessages = "gen_ai.input.messages";
        public const string OutputMessages = "gen_ai.output.messages";
        public const string RequestMaxTokens = "gen_ai.request.max_tokens";
        public const string RequestTemperature = "gen_ai.request.temperature";
        public const string RequestTopP = "gen_ai.request.top_p";
        public const string RequestTopK = "gen_ai.request.top_k";
        public const string RequestFrequencyPenalty = "gen_ai.request.frequency_penalty";
        public const string RequestPresencePenalty = "gen_ai.request.presence_penalty";
        public const string RequestSeed = "gen_ai.request.seed";
        public const string RequestChoiceCount = "gen_ai.request.choice.count";

        // General semantic conventions.
        public const string ServerAddress = "server.address";
        public const string ServerPort = "server.port";
        public const string ErrorType = "error.type";
        public const string HttpRequestMethod = "http.request.method";
        public const string HttpStatusCode = "http.response.status_code";
        public const string UrlTemplate = "url.template";

        // VeniceAot's own.
        public const string RetryAttempts = "venice.retry.attempts";
        public const string RetryEvent = "venice.retry";
        public const string RetryAttempt = "venice.retry.attempt";
        public const string RetryDelay = "venice.retry.delay";
        public const string VeniceRequestId = "venice.request_id";
        public const string RateLimitLimitRequests = "venice.ratelimit.limit_requests";
        public const string RateLimitRemainingRequests = "venice.ratelimit.remaining_requests";
        public const string RateLimitResetRequests = "venice.ratelimit.reset_requests";
        public const string RateLimitLimitTokens = "venice.ratelimit.limit_tokens";
        public const string RateLimitRemainingTokens = "venice.ratelimit.remaining_tokens";
        public const string RateLimitResetTokens = "venice.ratelimit.reset_tokens";
        public const string RateLimitType = "venice.ratelimit.type";
        public const string BalanceUsd = "venice.balance.usd";
        public const string BalanceDiem = "venice.balance.diem";
        public const string BalanceRemaining = "venice.balance.remaining";
        public const string VeniceVersion = "venice.version";
        public const string Deprecated = "venice.deprecated";
        public const string DeprecatedReplacement = "venice.deprecated.replacement";
        public const string ModelDeprecationWarning = "venice.model.deprecation_warning";
        public const string ModelDeprecationDate = "venice.model.deprecation_date";

        // gen_ai.operation.name values.
        public const string Chat = "chat";
        public const string Embeddings = "embeddings";
        public const string GenerateContent = "generate_content";

        /// <summary>
        /// The GenAI operation of a route, or null for the calls that are not model invocations (keys, billing,
        /// model lists, job status, …), which are named like HTTP client spans instead.
        /// </summary>
        /// <param name="route">The route template, e.g. <c>/chat/completions</c>.</param>
        /// <returns><c>chat</c>, <c>embeddings</c>, <c>generate_content</c> or null.</returns>
        public static string? OperationFor(string route) => route switch
        {
            "/chat/completions" or "/responses" => Chat,
            "/embeddings" => Embeddings,
            "/image/generate" or "/images/generations" or "/image/edit" or "/image/multi-edit" or "/image/upscale"
                or "/image/background-remove" or "/audio/speech" or "/audio/queue" or "/video/queue"
                or "/audio/transcriptions" or "/video/transcriptions" => GenerateContent,
            _ => null,
        };
    }
}
