using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using VeniceAot.Telemetry;

namespace VeniceAot.Http
{
    /// <summary>Serializes a request body through its source-generated <see cref="JsonTypeInfo{T}"/>.</summary>
    public static class JsonBody
    {
        /// <summary>
        /// Serializes <paramref name="value"/> to UTF-8 up front, so the request has a known length and can be
        /// sent again by a retry.
        /// </summary>
        /// <typeparam name="T">The body type.</typeparam>
        /// <param name="value">The body.</param>
        /// <param name="typeInfo">Its JSON contract.</param>
        /// <returns>Content with <c>Content-Type: application/json</c>.</returns>
        public static HttpContent Create<T>(T value, JsonTypeInfo<T> typeInfo)
        {
            byte[] bytes = JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);

            // While telemetry listens, the content keeps the typed body so the span can name the model without parsing
            // JSON; otherwise it is the plain content it always was.
            ByteArrayContent content = VeniceTelemetry.IsEnabled ? new TracedJsonContent(bytes, value) : new ByteArrayContent(bytes);

            // Stored as the raw header text: the same bytes on the wire as a parsed MediaTypeHeaderValue, one object
            // fewer per request, and nothing shared between requests that a handler could change.
            content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
            return content;
        }
    }
}
