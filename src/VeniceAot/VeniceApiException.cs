using System;
using System.Collections.Generic;
using System.Net;
using System.Text;
using System.Text.Json;
using VeniceAot.Http;

namespace VeniceAot
{
    /// <summary>
    /// Venice answered with an error: the HTTP status, Venice's message, the field-level details of a 400,
    /// the raw body and the request id. Never contains the API key.
    /// </summary>
    public sealed class VeniceApiException : VeniceException
    {
        /// <summary>Creates the exception; <see cref="Exception.Message"/> is composed from the parts.</summary>
        /// <param name="statusCode">The HTTP status.</param>
        /// <param name="error">Venice's error message, if the body had one.</param>
        /// <param name="rawBody">The body as received (possibly cut to the read limit).</param>
        /// <param name="metadata">Response metadata (request id, rate limits).</param>
        /// <param name="innerException">The cause, if any.</param>
        public VeniceApiException(HttpStatusCode statusCode, string? error, string? rawBody, ResponseMetadata? metadata, Exception? innerException = null)
            : this(statusCode, new ParsedError(error, null, null, null, null), rawBody, metadata, innerException)
        {
        }

        internal VeniceApiException(HttpStatusCode statusCode, ParsedError parsed, string? rawBody, ResponseMetadata? metadata, Exception? innerException = null)
            : base(Compose(statusCode, parsed, rawBody, metadata?.RequestId), innerException)
        {
            StatusCode = statusCode;
            Error = parsed.Message;
            ErrorCode = parsed.Code;
            ErrorType = parsed.Type;
            Parameter = parsed.Parameter;
            Details = parsed.Details;
            RawBody = rawBody;
            Metadata = metadata;
            RequestId = metadata?.RequestId;
        }

        /// <summary>The HTTP status.</summary>
        public HttpStatusCode StatusCode { get; }

        /// <summary>Venice's error message (<c>error</c>, or <c>error.message</c> when <c>error</c> is an object).</summary>
        public string? Error { get; }

        /// <summary>A machine-readable code when the body carried one (<c>code</c> or <c>error.code</c>).</summary>
        public string? ErrorCode { get; }

        /// <summary><c>error.type</c> when <c>error</c> is an object (e.g. <c>provider_content_policy</c>).</summary>
        public string? ErrorType { get; }

        /// <summary><c>error.param</c>: the request field at fault, when given.</summary>
        public string? Parameter { get; }

        /// <summary>The field-level details of a 400 <c>DetailedError</c>, if present.</summary>
        public VeniceErrorDetails? Details { get; }

        /// <summary>The response body as received.</summary>
        public string? RawBody { get; }

        /// <summary>Headers of the failed response: rate limits, request id, balance.</summary>
        public ResponseMetadata? Metadata { get; }

        /// <summary>
        /// For a 402 Payment Required: the x402 discovery or insufficient-balance body and the decoded
        /// <c>PAYMENT-REQUIRED</c> header (see <see cref="X402.X402PaymentRequired"/>); null for every other status.
        /// </summary>
        public X402.X402PaymentRequired? PaymentRequired =>
            StatusCode == HttpStatusCode.PaymentRequired
                ? field ??= X402.X402PaymentRequired.Parse(RawBody, Metadata?.GetHeader(X402.X402PaymentRequired.HeaderName))
                : null;

        /// <summary>Builds the exception for a failed response from its status and body.</summary>
        /// <param name="statusCode">The HTTP status.</param>
        /// <param name="body">The body bytes.</param>
        /// <param name="metadata">Response metadata.</param>
        /// <returns>The exception to throw.</returns>
        public static VeniceApiException FromBody(HttpStatusCode statusCode, ReadOnlySpan<byte> body, ResponseMetadata? metadata)
        {
            ParsedError parsed = ParsedError.Parse(body);
            string? raw = body.IsEmpty ? null : Encoding.UTF8.GetString(body);
            return new VeniceApiException(statusCode, parsed, raw, metadata);
        }

        private static string Compose(HttpStatusCode statusCode, ParsedError parsed, string? rawBody, string? requestId)
        {
            var text = new StringBuilder();
            text.Append("Venice API error ").Append((int)statusCode);
            if (statusCode != HttpStatusCode.OK)
            {
                text.Append(' ').Append(statusCode.ToString());
            }

            text.Append(": ");
            if (!string.IsNullOrWhiteSpace(parsed.Message))
            {
                text.Append(parsed.Message);
            }
            else if (string.IsNullOrEmpty(rawBody))
            {
                text.Append("the response had no body");
            }
            else
            {
                text.Append("the response body was not a Venice error (").Append(rawBody.Length).Append(" chars; see RawBody)");
            }

            if (parsed.Code is not null)
            {
                text.Append(" [").Append(parsed.Code).Append(']');
            }

            if (parsed.Details is not null)
            {
                foreach (KeyValuePair<string, string> item in parsed.Details.Flatten())
                {
                    text.Append("; ").Append(item.Key.Length == 0 ? "request" : item.Key).Append(": ").Append(item.Value);
                }
            }

            if (requestId is not null)
            {
                text.Append(" (request id ").Append(requestId).Append(')');
            }

            return text.ToString();
        }

        /// <summary>What could be read from an error body. Venice's <c>error</c> is a string or an object.</summary>
        internal sealed record ParsedError(string? Message, string? Code, string? Type, string? Parameter, VeniceErrorDetails? Details)
        {
            public static ParsedError Parse(ReadOnlySpan<byte> body)
            {
                if (body.IsEmpty)
                {
                    return new ParsedError(null, null, null, null, null);
                }

                // The reader does not validate UTF-8 inside strings, and reading such a string later throws
                // InvalidOperationException; decode a mangled body leniently (U+FFFD) so its message still shows.
                byte[]? repaired = System.Text.Unicode.Utf8.IsValid(body) ? null : Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body));
                try
                {
                    var reader = new Utf8JsonReader(repaired is null ? body : repaired);
                    using JsonDocument document = JsonDocument.ParseValue(ref reader);
                    return From(document.RootElement);
                }
                catch (JsonException)
                {
                    // Not JSON (an HTML page from a proxy, say): the raw body is kept on the exception instead.
                    return new ParsedError(null, null, null, null, null);
                }
                catch (InvalidOperationException)
                {
                    // JSON whose strings cannot be read as text (an escaped lone surrogate): keep the raw body only.
                    return new ParsedError(null, null, null, null, null);
                }
            }

            internal static ParsedError From(JsonElement root)
            {
                if (root.ValueKind != JsonValueKind.Object)
                {
                    return new ParsedError(null, null, null, null, null);
                }

                string? message = null, code = null, type = null, parameter = null;
                VeniceErrorDetails? details = null;
                if (root.TryGetProperty("error", out JsonElement error))
                {
                    if (error.ValueKind == JsonValueKind.String)
                    {
                        message = error.GetString();
                    }
                    else if (error.ValueKind == JsonValueKind.Object)
                    {
                        message = Text(error, "message");
                        code = Text(error, "code");
                        type = Text(error, "type");
                        parameter = Text(error, "param");
                    }
                }

                message ??= Text(root, "message");
                code ??= Text(root, "code");
                if (root.TryGetProperty("details", out JsonElement detailsElement))
                {
                    details = VeniceErrorDetails.From(detailsElement);
                }

                return new ParsedError(message, code, type, parameter, details);
            }

            private static string? Text(JsonElement element, string name) =>
                element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        }
    }
}
