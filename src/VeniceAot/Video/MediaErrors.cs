using System.Collections.Generic;
using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using VeniceAot.Json;
using VeniceAot.Video;

namespace VeniceAot
{
    /// <summary>
    /// The 422 body of <c>/video/queue</c>, <c>/audio/queue</c> and <c>/audio/retrieve</c> when a prompt breaks the content
    /// policy: the message and, sometimes, a compliant prompt to try instead. Read it from a
    /// <see cref="VeniceApiException"/> with <see cref="VeniceMediaErrors.TryGetContentViolation"/>.
    /// </summary>
    public sealed class ContentViolationError
    {
        /// <summary>What was wrong.</summary>
        [JsonPropertyName("error")]
        public string? Error { get; set; }

        /// <summary>A replacement prompt the provider suggests, when it has one.</summary>
        [JsonPropertyName("suggested_prompt")]
        public string? SuggestedPrompt { get; set; }

        /// <summary>Fields this version does not know, kept as sent.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>
    /// The 422 body of <c>/video/retrieve</c> when the provider refused the job after it was queued (<c>error</c> is an object).
    /// <see cref="VeniceApiException.Error"/> and <see cref="VeniceApiException.ErrorType"/> already carry its message and type;
    /// <see cref="VeniceMediaErrors.TryGetProviderContentPolicy"/> gives the rest.
    /// </summary>
    public sealed class ProviderContentPolicyError
    {
        /// <summary>The details.</summary>
        [JsonPropertyName("error")]
        public ProviderContentPolicyDetails? Error { get; set; }

        /// <summary>Fields this version does not know, kept as sent.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>The <c>error</c> object of <see cref="ProviderContentPolicyError"/>.</summary>
    public sealed class ProviderContentPolicyDetails
    {
        /// <summary>The explanation and the recommended next step.</summary>
        [JsonPropertyName("message")]
        public string? Message { get; set; }

        /// <summary><c>provider_content_policy</c>.</summary>
        [JsonPropertyName("type")]
        public string? Type { get; set; }

        /// <summary>A model to try instead, when Venice recommends one.</summary>
        [JsonPropertyName("recommended_model")]
        public string? RecommendedModel { get; set; }

        /// <summary>Whether the job's credits were refunded.</summary>
        [JsonPropertyName("credits_refunded")]
        public bool? CreditsRefunded { get; set; }

        /// <summary>Fields this version does not know, kept as sent.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>
    /// The 413 body of uploads that are too big (<c>{code: "PAYLOAD_TOO_LARGE", error}</c>). The code is already
    /// <see cref="VeniceApiException.ErrorCode"/> and the message <see cref="VeniceApiException.Error"/>.
    /// </summary>
    public sealed class PayloadTooLargeError
    {
        /// <summary><c>PAYLOAD_TOO_LARGE</c>.</summary>
        [JsonPropertyName("code")]
        public string? Code { get; set; }

        /// <summary>What limit was exceeded, e.g. "File exceeds the maximum allowed size of 25 MB.".</summary>
        [JsonPropertyName("error")]
        public string? Error { get; set; }

        /// <summary>Fields this version does not know, kept as sent.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>
    /// The 409 body of <c>/video/queue</c> when a model needs consent first (<see cref="VeniceApiException.ErrorCode"/> is
    /// <c>needs_consent</c>): show <see cref="Consent"/>'s policy text, then queue again with
    /// <see cref="Video.QueueVideoRequest.Consents"/> set.
    /// </summary>
    public sealed class VideoConsentRequiredError
    {
        /// <summary><c>{code: "needs_consent", message}</c>.</summary>
        [JsonPropertyName("error")]
        public VideoConsentErrorDetails? Error { get; set; }

        /// <summary>The consent flow to answer, e.g. <c>seedance</c>.</summary>
        [JsonPropertyName("consent_flow")]
        public string? ConsentFlow { get; set; }

        /// <summary>Which submitted media showed faces: <c>image</c>, <c>end_image</c>, <c>reference_image</c>, <c>video</c>, <c>reference_video</c>.</summary>
        [JsonPropertyName("face_media_roles")]
        public List<string>? FaceMediaRoles { get; set; }

        /// <summary>The policy to accept.</summary>
        [JsonPropertyName("consent")]
        public VideoConsentPolicy? Consent { get; set; }

        /// <summary>Documentation of the consent flow.</summary>
        [JsonPropertyName("docs_url")]
        public string? DocsUrl { get; set; }

        /// <summary>Fields this version does not know, kept as sent.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>The <c>error</c> object of <see cref="VideoConsentRequiredError"/>.</summary>
    public sealed class VideoConsentErrorDetails
    {
        /// <summary><c>needs_consent</c>.</summary>
        [JsonPropertyName("code")]
        public string? Code { get; set; }

        /// <summary>The explanation.</summary>
        [JsonPropertyName("message")]
        public string? Message { get; set; }

        /// <summary>Fields this version does not know, kept as sent.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>The policy of <see cref="VideoConsentRequiredError.Consent"/>.</summary>
    public sealed class VideoConsentPolicy
    {
        /// <summary>The policy version.</summary>
        [JsonPropertyName("consent_version")]
        public string? ConsentVersion { get; set; }

        /// <summary>The text the user accepts.</summary>
        [JsonPropertyName("policy_text")]
        public string? PolicyText { get; set; }

        /// <summary>Fields this version does not know, kept as sent.</summary>
        [JsonExtensionData]
        public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
    }

    /// <summary>Typed views of the media endpoints' error bodies, read from <see cref="VeniceApiException.RawBody"/>.</summary>
    public static class VeniceMediaErrors
    {
        /// <summary>A 422 content-policy refusal with its optional <c>suggested_prompt</c>.</summary>
        /// <param name="exception">The error.</param>
        /// <param name="error">The parsed body, when this is one.</param>
        /// <returns>True for a 422 whose <c>error</c> is a string.</returns>
        public static bool TryGetContentViolation(this VeniceApiException exception, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ContentViolationError? error)
        {
            System.ArgumentNullException.ThrowIfNull(exception);
            error = exception.StatusCode == HttpStatusCode.UnprocessableEntity && ErrorKind(exception) == JsonValueKind.String
                ? Parse(exception, VideoJsonContext.Default.ContentViolationError)
                : null;
            return error is not null;
        }

        /// <summary>A 422 provider refusal of a queued video (<c>error.type</c> is <c>provider_content_policy</c>).</summary>
        /// <param name="exception">The error.</param>
        /// <param name="error">The parsed body, when this is one.</param>
        /// <returns>True for a 422 whose <c>error</c> is an object.</returns>
        public static bool TryGetProviderContentPolicy(this VeniceApiException exception, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ProviderContentPolicyError? error)
        {
            System.ArgumentNullException.ThrowIfNull(exception);
            error = exception.StatusCode == HttpStatusCode.UnprocessableEntity && ErrorKind(exception) == JsonValueKind.Object
                ? Parse(exception, VideoJsonContext.Default.ProviderContentPolicyError)
                : null;
            return error is not null;
        }

        /// <summary>A 413: the upload or request was too large.</summary>
        /// <param name="exception">The error.</param>
        /// <param name="error">The parsed body, when this is one.</param>
        /// <returns>True for a 413 with a JSON body.</returns>
        public static bool TryGetPayloadTooLarge(this VeniceApiException exception, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PayloadTooLargeError? error)
        {
            System.ArgumentNullException.ThrowIfNull(exception);
            error = exception.StatusCode == HttpStatusCode.RequestEntityTooLarge ? Parse(exception, VideoJsonContext.Default.PayloadTooLargeError) : null;
            return error is not null;
        }

        /// <summary>A 409 <c>needs_consent</c> answer of <c>/video/queue</c>.</summary>
        /// <param name="exception">The error.</param>
        /// <param name="error">The parsed body, when this is one.</param>
        /// <returns>True for a 409 whose body names a consent flow.</returns>
        public static bool TryGetVideoConsentRequired(this VeniceApiException exception, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out VideoConsentRequiredError? error)
        {
            System.ArgumentNullException.ThrowIfNull(exception);
            error = exception.StatusCode == HttpStatusCode.Conflict ? Parse(exception, VideoJsonContext.Default.VideoConsentRequiredError) : null;
            if (error is { ConsentFlow: null, Consent: null })
            {
                error = null;
            }

            return error is not null;
        }

        private static JsonValueKind ErrorKind(VeniceApiException exception)
        {
            if (string.IsNullOrEmpty(exception.RawBody))
            {
                return JsonValueKind.Undefined;
            }

            try
            {
                using JsonDocument document = JsonDocument.Parse(exception.RawBody);
                return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("error", out JsonElement error)
                    ? error.ValueKind
                    : JsonValueKind.Undefined;
            }
            catch (JsonException)
            {
                return JsonValueKind.Undefined;
            }
        }

        private static T? Parse<T>(VeniceApiException exception, JsonTypeInfo<T> typeInfo)
            where T : class
        {
            if (string.IsNullOrEmpty(exception.RawBody))
            {
                return null;
            }

            try
            {
                return JsonSerializer.Deserialize(exception.RawBody, typeInfo);
            }
            catch (JsonException)
            {
                // Not the documented shape (a proxy's page, a changed body): no typed view, the exception still has it all.
                return null;
            }
        }
    }
}
