using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Sockets;

namespace VeniceAot.Http
{
    /// <summary>
    /// Which failures are worth another attempt and which requests are safe to send again (see
    /// <see cref="RetryOptions"/> for the rules in prose). Consulted only after a failure, so the success path
    /// pays nothing for it.
    /// </summary>
    internal static class RetryPolicy
    {
        internal const string IdempotencyKeyHeader = "Idempotency-Key";

        /// <summary>429, 500, 502, 503, 504.</summary>
        public static bool IsRetryableStatus(HttpStatusCode status) => (int)status is 429 or 500 or 502 or 503 or 504;

        /// <summary>
        /// A retryable status for this request: 429 and 503 say the server did not process the request, so any
        /// method may be retried; 500, 502 and 504 may come after the work was done, so only idempotent requests are.
        /// </summary>
        public static bool MayRetryStatus(HttpRequestMessage request, HttpStatusCode status) =>
            (int)status is 429 or 503 || (IsRetryableStatus(status) && IsIdempotent(request));

        /// <summary>
        /// A transient network failure for this request: a connection that could not be established never
        /// reached the server (any method); a connection reset or closed before the response headers may have
        /// delivered the request, so only idempotent requests are retried.
        /// </summary>
        public static bool MayRetryNetworkError(HttpRequestMessage request, HttpRequestException error)
        {
            if (error.HttpRequestError == HttpRequestError.ConnectionError || HasSocketError(error, SocketError.ConnectionRefused))
            {
                return true;
            }

            if (!IsIdempotent(request))
            {
                return false;
            }

            return error.HttpRequestError switch
            {
                HttpRequestError.ResponseEnded => true,
                HttpRequestError.Unknown or HttpRequestError.HttpProtocolError => error.InnerException is IOException or SocketException,
                _ => false,
            };
        }

        /// <summary>RFC 9110 idempotent methods, or any request carrying an <c>Idempotency-Key</c>.</summary>
        public static bool IsIdempotent(HttpRequestMessage request)
        {
            HttpMethod method = request.Method;
            if (method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options || method == HttpMethod.Put || method == HttpMethod.Delete)
            {
                return true;
            }

            return request.Headers.NonValidated.Contains(IdempotencyKeyHeader);
        }

        /// <summary>No body, or a buffered one that can be copied into a fresh request.</summary>
        public static bool CanReplay(HttpRequestMessage request) => request.Content is null or ByteArrayContent;

        /// <summary>
        /// A fresh message with the same method, URI, version, headers and body bytes; the original stays
        /// untouched (a message can be sent only once).
        /// </summary>
        public static HttpRequestMessage Clone(HttpRequestMessage request, byte[]? body)
        {
            var clone = new HttpRequestMessage(request.Method, request.RequestUri)
            {
                Version = request.Version,
                VersionPolicy = request.VersionPolicy,
            };
            foreach (KeyValuePair<string, HeaderStringValues> header in request.Headers.NonValidated)
            {
                clone.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            if (request.Content is { } content && body is not null)
            {
                var copy = new ByteArrayContent(body);
                foreach (KeyValuePair<string, HeaderStringValues> header in content.Headers.NonValidated)
                {
                    if (!string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase))
                    {
                        copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
                    }
                }

                clone.Content = copy;
            }

            return clone;
        }

        private static bool HasSocketError(Exception error, SocketError code)
        {
            for (Exception? current = error; current is not null; current = current.InnerException)
            {
                if (current is SocketException socket && socket.SocketErrorCode == code)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
