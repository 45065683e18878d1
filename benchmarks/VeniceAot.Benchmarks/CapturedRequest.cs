using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;

namespace VeniceAot.Benchmarks
{
    /// <summary>A request as the transport received it: method, absolute URI, headers (request and content), body.</summary>
    public sealed class CapturedRequest
    {
        public required string Method { get; init; }

        public required string PathAndQuery { get; init; }

        public required IReadOnlyDictionary<string, string> Headers { get; init; }

        public required byte[] Body { get; init; }

        public string BodyText => Encoding.UTF8.GetString(Body);

        public string? Header(string name) => Headers.TryGetValue(name, out string? value) ? value : null;

        public static CapturedRequest From(HttpRequestMessage request, byte[]? body)
        {
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (KeyValuePair<string, IEnumerable<string>> header in request.Headers.NonValidated.Select(h => new KeyValuePair<string, IEnumerable<string>>(h.Key, h.Value)))
            {
                headers[header.Key] = string.Join(", ", header.Value);
            }

            if (request.Content is not null)
            {
                foreach (KeyValuePair<string, IEnumerable<string>> header in request.Content.Headers.NonValidated.Select(h => new KeyValuePair<string, IEnumerable<string>>(h.Key, h.Value)))
                {
                    headers[header.Key] = string.Join(", ", header.Value);
                }
            }

            return new CapturedRequest
            {
                Method = request.Method.Method,
                PathAndQuery = request.RequestUri!.PathAndQuery,
                Headers = headers,
                Body = body ?? [],
            };
        }

        public override string ToString() => $"{Method} {PathAndQuery} ({Body.Length} bytes)";
    }
}
