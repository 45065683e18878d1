using System;
using System.Buffers.Text;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using VeniceAot.Json;

namespace VeniceAot.X402
{
    /// <summary>
    /// What a 402 Payment Required answer says, read from its body and its <c>PAYMENT-REQUIRED</c> header; reached as
    /// <see cref="VeniceApiException.PaymentRequired"/>. The body is one of three shapes: x402 discovery
    /// (<see cref="Discovery"/>: a request without key or wallet, or a top-up without payment), an x402 wallet whose
    /// balance is too low (<see cref="InsufficientBalance"/>), or a plain <c>{"error": …}</c> for API-key accounts out of
    /// credit (only <see cref="Error"/>). Parsing never throws: what cannot be read stays null.
    /// </summary>
    public sealed class X402PaymentRequired
    {
        /// <summary>The name of the header carrying base64 JSON payment requirements.</summary>
        public const string HeaderName = "PAYMENT-REQUIRED";

        private X402PaymentRequired()
        {
        }

        /// <summary>The x402 discovery body (<c>{x402Version, accepts[], …}</c>), when the body is that shape.</summary>
        public X402Discovery? Discovery { get; private init; }

        /// <summary>The insufficient-balance body (<c>{code: "PAYMENT_REQUIRED", reason, currentBalanceUsd, …}</c>), when the body is that shape.</summary>
        public X402InsufficientBalance? InsufficientBalance { get; private init; }

        /// <summary>The body's <c>error</c> text, whatever the shape.</summary>
        public string? Error { get; private init; }

        /// <summary>The decoded <c>PAYMENT-REQUIRED</c> header, when it was present and valid base64 JSON.</summary>
        public X402Discovery? HeaderRequirements { get; private init; }

        /// <summary>The <c>PAYMENT-REQUIRED</c> header as sent.</summary>
        public string? RawHeader { get; private init; }

        /// <summary>The payment options: from the body's discovery, else from the header; empty when neither has any.</summary>
        public IReadOnlyList<X402PaymentRequirement> Accepts => Discovery?.Accepts ?? HeaderRequirements?.Accepts ?? (IReadOnlyList<X402PaymentRequirement>)[];

        /// <summary>Reads a 402 answer.</summary>
        /// <param name="body">The response body (JSON), if any.</param>
        /// <param name="paymentRequiredHeader">The <c>PAYMENT-REQUIRED</c> header, if any.</param>
        /// <returns>What could be read.</returns>
        public static X402PaymentRequired Parse(string? body, string? paymentRequiredHeader)
        {
            X402Discovery? discovery = null;
            X402InsufficientBalance? insufficient = null;
            string? error = null;
            if (!string.IsNullOrWhiteSpace(body))
            {
                try
                {
                    using JsonDocument document = JsonDocument.Parse(body);
                    JsonElement root = document.RootElement;
                    if (root.ValueKind == JsonValueKind.Object)
                    {
                        if (root.TryGetProperty("error", out JsonElement text) && text.ValueKind == JsonValueKind.String)
                        {
                            error = text.GetString();
                        }

                        if (root.TryGetProperty("x402Version", out _) || root.TryGetProperty("accepts", out _))
                        {
                            discovery = root.Deserialize(X402JsonContext.Default.X402Discovery);
                        }
                        else if (root.TryGetProperty("code", out _) || root.TryGetProperty("reason", out _) || root.TryGetProperty("currentBalanceUsd", out _))
                        {
                            insufficient = root.Deserialize(X402JsonContext.Default.X402InsufficientBalance);
                        }
                    }
                }
                catch (JsonException)
                {
                    // Not JSON, or a shape the models cannot hold: the raw body stays on the exception.
                }
            }

            return new X402PaymentRequired
            {
                Discovery = discovery,
                InsufficientBalance = insufficient,
                Error = error,
                RawHeader = paymentRequiredHeader,
                HeaderRequirements = X402Headers.TryDecode(paymentRequiredHeader, X402JsonContext.Default.X402Discovery),
            };
        }
    }

    /// <summary>Decodes the base64 JSON the x402 headers (<c>PAYMENT-REQUIRED</c>, <c>PAYMENT-RESPONSE</c>) carry.</summary>
    public static class X402Headers
    {
        /// <summary>
        /// Decodes base64 (standard or URL-safe, padded or not) JSON into <typeparamref name="T"/>; null when the value is
        /// absent or not valid base64 JSON of that shape.
        /// </summary>
        /// <typeparam name="T">The JSON type.</typeparam>
        /// <param name="value">The header value.</param>
        /// <param name="typeInfo">The type's contract.</param>
        /// <returns>The value, or null.</returns>
        public static T? TryDecode<T>(string? value, JsonTypeInfo<T> typeInfo)
            where T : class
        {
            ArgumentNullException.ThrowIfNull(typeInfo);
            byte[]? json = TryDecodeBase64(value);
            if (json is null)
            {
                return null;
            }

            try
            {
                return JsonSerializer.Deserialize(json, typeInfo);
            }
            catch (JsonException)
            {
                return null;
            }
        }

        /// <summary>Encodes <paramref name="value"/> as base64 JSON, the form the x402 headers use.</summary>
        /// <typeparam name="T">The JSON type.</typeparam>
        /// <param name="value">The value.</param>
        /// <param name="typeInfo">The type's contract.</param>
        /// <returns>The header value.</returns>
        public static string Encode<T>(T value, JsonTypeInfo<T> typeInfo) =>
            Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(value, typeInfo));

        private static byte[]? TryDecodeBase64(string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }

            string text = value.Trim();
            if (Base64Url.IsValid(text))
            {
                return Base64Url.DecodeFromChars(text);
            }

            if (!Base64.IsValid(text))
            {
                return null;
            }

            try
            {
                return Convert.FromBase64String(text);
            }
            catch (FormatException)
            {
                return null;
            }
        }
    }
}
