using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using VeniceAot.Chat;
using VeniceAot.Http;
using VeniceAot.Json;
using VeniceAot.Responses;
using Xunit.Abstractions;

namespace VeniceAot.Tests.Fuzz
{
    /// <summary>
    /// The error-body parser (<see cref="VeniceApiException.FromBody"/>) and whole response bodies read through
    /// <see cref="ApiConnection"/>, on random and mutated bytes.
    /// </summary>
    /// <remarks>
    /// <see cref="VeniceApiException.FromBody"/> is called while an error is already being reported, so it may throw
    /// nothing at all: it must return an exception that keeps the status and the raw body and has a message.
    /// <see cref="ApiConnection.SendAsync{T}"/> on any status and body may only return a value or throw
    /// <see cref="VeniceApiException"/> (a bad or empty success body is wrapped with the JSON error as its cause).
    /// </remarks>
    public sealed class ErrorBodyFuzzTests(ITestOutputHelper output)
    {
        public const int TargetCount = 2;

        private static readonly HttpStatusCode[] Statuses =
        [
            HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized,
            HttpStatusCode.PaymentRequired, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests, HttpStatusCode.InternalServerError,
            HttpStatusCode.ServiceUnavailable, (HttpStatusCode)418, (HttpStatusCode)599,
        ];

        private static readonly string?[] ContentTypes = ["application/json", "application/json; charset=utf-8", "text/plain", "text/html", null];

        private static readonly string[] ErrorBodies =
        [
            """{"error":"Invalid request parameters","details":{"_errors":[],"id":{"_errors":["Required","Must be a UUID"]},"nested":{"deeper":{"_errors":["x"]}}}}""",
            """{"error":{"message":"Your prompt was flagged","type":"provider_content_policy","code":"content_filter","param":"messages"}}""",
            """{"message":"Rate limit exceeded","code":"RATE_LIMIT"}""",
            """{"error":"Insufficient balance"}""",
            """{"error":null,"message":null,"details":[1,2]}""",
            """<html><body><h1>502 Bad Gateway</h1></body></html>""",
            """upstream connect error or disconnect/reset before headers""",
        ];

        private static readonly string[] SuccessBodies =
        [
            """{"id":"c","object":"chat.completion","created":1,"model":"m","choices":[{"index":0,"message":{"role":"assistant","content":"Hi"},"finish_reason":"stop"}],"usage":{"prompt_tokens":1,"completion_tokens":1,"total_tokens":2}}""",
            """{"id":"resp_1","object":"response","status":"completed","output":[{"type":"message","id":"m","role":"assistant","content":[{"type":"output_text","text":"Hi"}]}]}""",
            """null""",
            """[]""",
        ];

        [Fact]
        public async Task FromBody_always_returns_an_exception_with_status_raw_body_and_message()
        {
            byte[][] seeds = ErrorBodies.Select(Encoding.UTF8.GetBytes).ToArray();
            await new FuzzRunner("error-body", output) { AllocationPerByte = 48 }.RunAsync(
                random => new Mutator(random, seeds).Next(),
                input =>
                {
                    HttpStatusCode status = Statuses[input.Length % Statuses.Length];
                    VeniceApiException error = VeniceApiException.FromBody(status, input, null);
                    Require(error.StatusCode == status, "the status changed");
                    Require(error.RawBody == (input.Length == 0 ? null : Encoding.UTF8.GetString(input)), "the raw body is not the body as received");
                    Require(error.Message.StartsWith("Venice API error " + ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal), "the message does not start with the status");
                    _ = error.ToString();
                    _ = error.Details?.Flatten().Count();
                },
                _ => false);
        }

        [Fact]
        public async Task Any_status_and_body_through_ApiConnection_is_a_value_or_VeniceApiException()
        {
            byte[][] seeds = ErrorBodies.Concat(SuccessBodies).Select(Encoding.UTF8.GetBytes).ToArray();
            await new FuzzRunner("http-body", output) { AllocationPerByte = 96 }.RunAsync(
                random =>
                {
                    // The first byte picks status, content type, length declaration and contract; the rest is the body.
                    byte[] body = new Mutator(random, seeds).Next();
                    return [(byte)random.Next(256), .. body];
                },
                input =>
                {
                    byte selector = input[0];
                    byte[] body = input[1..];
                    HttpStatusCode status = Statuses[selector % Statuses.Length];
                    string? contentType = ContentTypes[(selector / Statuses.Length) % ContentTypes.Length];
                    var handler = new InMemoryHandler(status, contentType, body, declareLength: (selector & 0x80) == 0);
                    using ApiConnection connection = handler.Connect();
                    bool synchronous = true;
                    if ((selector & 1) == 0)
                    {
                        ChatCompletion value = InMemoryHandler.Wait(new ValueTask<ChatCompletion>(connection.SendAsync(connection.CreateRequest(HttpMethod.Get, InMemoryHandler.Endpoint), ChatJsonContext.Default.ChatCompletion, CancellationToken.None)), ref synchronous);
                        Require(value is not null, "a null value was returned");
                    }
                    else
                    {
                        ApiResponse<ResponsesResponse> value = InMemoryHandler.Wait(new ValueTask<ApiResponse<ResponsesResponse>>(connection.SendWithMetadataAsync(connection.CreateRequest(HttpMethod.Post, InMemoryHandler.Endpoint), ResponsesJsonContext.Default.ResponsesResponse, CancellationToken.None)), ref synchronous);
                        Require(value.Value is not null, "a null value was returned");
                    }
                },
                ex => ex is VeniceApiException);
        }

        internal static void Require(bool condition, string what)
        {
            if (!condition)
            {
                throw new FuzzPropertyException(what);
            }
        }
    }
}
