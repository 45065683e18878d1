using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace VeniceAot.Testing
{
    /// <summary>A request exactly as the loopback server saw it.</summary>
    public sealed class RecordedRequest
    {
        public required string Method { get; init; }

        /// <summary>The path as sent on the wire (still escaped), e.g. <c>/api/v1/api_keys/a%2Fb</c>.</summary>
        public required string RawPath { get; init; }

        /// <summary>The query string as sent, including the leading '?', or empty.</summary>
        public required string QueryString { get; init; }

        /// <summary>Headers by name (case-insensitive); repeated headers are joined with ", ".</summary>
        public required IReadOnlyDictionary<string, string> Headers { get; init; }

        public required byte[] Body { get; init; }

        public string? ContentType => Headers.TryGetValue("Content-Type", out string? value) ? value : null;

        public string BodyText => Encoding.UTF8.GetString(Body);

        public string? Header(string name) => Headers.TryGetValue(name, out string? value) ? value : null;

        /// <summary>The body parsed as JSON (the caller disposes the document).</summary>
        public JsonDocument BodyJson() => JsonDocument.Parse(Body);

        public override string ToString() => $"{Method} {RawPath}{QueryString} ({Body.Length} bytes)";
    }
}
