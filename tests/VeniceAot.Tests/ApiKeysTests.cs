using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using VeniceAot.ApiKeys;
using VeniceAot.Testing;

namespace VeniceAot.Tests
{
    /// <summary>The API Keys group end to end: the exact request the server saw, and the parsed result or error.</summary>
    public sealed class ApiKeysTests
    {
        internal const string Key = "test-key-5b1e-SECRET";

        private const string KeyJson = """
            {"apiKeyType":"ADMIN","consumptionLimits":{"usd":50,"diem":10},"limitPeriod":"MONTH","modelPrivacy":"ALL",
             "createdAt":"2025-10-01T12:00:00Z","description":"Example API Key","expiresAt":null,
             "id":"e28e82dc-9df2-4b47-b726-d0a222ef2ab5","last6Chars":"2V2jNW","lastUsedAt":"2025-10-02T08:30:00.000Z",
             "usage":{"trailingSevenDays":{"usd":"10.2424","vcu":"42.2315","diem":"4.2231"}},
             "currentPeriodUsage":{"usd":"5.1234","diem":"2.5000"},"brandNewField":{"x":1}}
            """;

        internal static VeniceClient ClientFor(LoopbackServer server) =>
            new(new VeniceClientOptions { ApiKey = Key, BaseAddress = server.BaseAddress });

        [Fact]
        public async Task Delete_sends_id_in_query_and_parses_success()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, """{"success":true}""");
            using VeniceClient client = ClientFor(server);

            DeleteApiKeyResponse result = await client.ApiKeys.DeleteAsync("e28e82dc-9df2 4b47/x");

            Assert.True(result.Success);
            RecordedRequest request = server.LastRequest;
            Assert.Equal("DELETE", request.Method);
            Assert.Equal("/api/v1/api_keys", request.RawPath);
            Assert.Equal("?id=e28e82dc-9df2%204b47%2Fx", request.QueryString);
            Assert.Equal("Bearer " + Key, request.Header("Authorization"));
            Assert.StartsWith("VeniceAot/", request.Header("User-Agent"));
            Assert.Empty(request.Body);
        }

        [Fact]
        public async Task Delete_400_carries_message_field_details_body_and_request_id()
        {
            const string body = """{"error":"Invalid request parameters","details":{"_errors":[],"id":{"_errors":["Required","Must be a UUID"]}}}""";
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(400, body, new Dictionary<string, string> { ["CF-RAY"] = "8f1e2d3c4b5a-IAD" });
            using VeniceClient client = ClientFor(server);

            VeniceApiException error = await Assert.ThrowsAsync<VeniceApiException>(() => client.ApiKeys.DeleteAsync("nope"));

            Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
            Assert.Equal("Invalid request parameters", error.Error);
            Assert.Equal("8f1e2d3c4b5a-IAD", error.RequestId);
            Assert.Equal(body, error.RawBody);
            Assert.NotNull(error.Details);
            Assert.Equal(["Required", "Must be a UUID"], error.Details!.Fields["id"].Errors);
            Assert.Equal(
                [new KeyValuePair<string, string>("id", "Required"), new KeyValuePair<string, string>("id", "Must be a UUID")],
                error.Details.Flatten().ToArray());
            Assert.Contains("400", error.Message);
            Assert.Contains("Invalid request parameters", error.Message);
            Assert.Contains("id: Must be a UUID", error.Message);
            Assert.Contains("8f1e2d3c4b5a-IAD", error.Message);
            Assert.DoesNotContain(Key, error.ToString());
        }

        [Theory]
        [InlineData(401, "Authentication failed")]
        [InlineData(500, "An unknown error occurred")]
        public async Task Delete_standard_errors_map_to_VeniceApiException(int status, string message)
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(status, $$"""{"error":"{{message}}"}""");
            using VeniceClient client = ClientFor(server);

            VeniceApiException error = await Assert.ThrowsAsync<VeniceApiException>(() => client.ApiKeys.DeleteAsync("id-1"));

            Assert.Equal((HttpStatusCode)status, error.StatusCode);
            Assert.Equal(message, error.Error);
            Assert.Null(error.Details);
            Assert.Contains(message, error.Message);
            Assert.DoesNotContain(Key, error.ToString());
        }

        [Fact]
        public async Task List_parses_keys_money_strings_dates_and_keeps_unknown_fields()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, $$"""{"data":[{{KeyJson}}],"object":"list"}""");
            using VeniceClient client = ClientFor(server);

            ApiKeyList list = await client.ApiKeys.ListAsync();

            Assert.Equal("GET", server.LastRequest.Method);
            Assert.Equal("/api/v1/api_keys", server.LastRequest.RawPath);
            ApiKey key = Assert.Single(list.Data);
            Assert.Equal(ApiKeyType.Admin, key.ApiKeyType);
            Assert.Equal(LimitPeriod.Month, key.LimitPeriod);
            Assert.Equal(ModelPrivacy.All, key.ModelPrivacy);
            Assert.Equal(50m, key.ConsumptionLimits!.Usd);
            Assert.Equal(10.2424m, key.Usage!.TrailingSevenDays!.Usd);
            Assert.Equal(2.5m, key.CurrentPeriodUsage!.Diem);
            Assert.Equal(new DateTimeOffset(2025, 10, 1, 12, 0, 0, TimeSpan.Zero), key.CreatedAt);
            Assert.Null(key.ExpiresAt);
            Assert.True(key.AdditionalProperties!.ContainsKey("brandNewField"));
        }

        [Fact]
        public async Task Unknown_enum_values_are_kept()
        {
            string json = KeyJson.Replace("\"ADMIN\"", "\"SUPERVISOR\"").Replace("\"MONTH\"", "\"FORTNIGHT\"");
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, $$"""{"data":{{json}}}""");
            using VeniceClient client = ClientFor(server);

            ApiKeyResponse result = await client.ApiKeys.GetAsync("e28e82dc");

            Assert.Equal("SUPERVISOR", result.Data.ApiKeyType.Value);
            Assert.Equal(LimitPeriod.FromValue("FORTNIGHT"), result.Data.LimitPeriod);
        }

        [Fact]
        public async Task Get_escapes_the_id_into_one_path_segment()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, $$"""{"data":{{KeyJson}}}""");
            using VeniceClient client = ClientFor(server);

            ApiKeyResponse result = await client.ApiKeys.GetAsync("a/../b?c#d");

            Assert.Equal("e28e82dc-9df2-4b47-b726-d0a222ef2ab5", result.Data.Id);
            Assert.Equal("/api/v1/api_keys/a%2F..%2Fb%3Fc%23d", server.LastRequest.RawPath);
            Assert.Equal(string.Empty, server.LastRequest.QueryString);
        }

        [Theory]
        [InlineData("..")]
        [InlineData(".")]
        [InlineData("")]
        public async Task Get_refuses_path_values_that_would_change_the_route(string id)
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, "{}");
            using VeniceClient client = ClientFor(server);

            await Assert.ThrowsAsync<ArgumentException>(() => client.ApiKeys.GetAsync(id));
            Assert.Empty(server.Requests);
        }

        [Fact]
        public async Task Create_sends_only_the_fields_set_and_returns_the_secret()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, """
                {"data":{"apiKey":"vn-NEW-SECRET","apiKeyType":"INFERENCE","consumptionLimit":{"usd":5},"limitPeriod":"EPOCH",
                 "modelPrivacy":"ALL","description":"ci","expiresAt":"2026-12-31T00:00:00Z","id":"k-1"},"success":true}
                """);
            using VeniceClient client = ClientFor(server);

            CreateApiKeyResponse created = await client.ApiKeys.CreateAsync(new CreateApiKeyRequest
            {
                ApiKeyType = ApiKeyType.Inference,
                Description = "ci",
                ConsumptionLimit = new ConsumptionLimits { Usd = 5 },
                ExpiresAt = "2026-12-31",
            });

            RecordedRequest request = server.LastRequest;
            Assert.Equal("POST", request.Method);
            Assert.Equal("/api/v1/api_keys", request.RawPath);
            Assert.Equal("application/json", request.ContentType);
            AssertJsonEqual("""{"apiKeyType":"INFERENCE","description":"ci","consumptionLimit":{"usd":5},"expiresAt":"2026-12-31"}""", request.BodyText);
            Assert.Equal("vn-NEW-SECRET", created.Data.ApiKey);
            Assert.Equal("k-1", created.Data.Id);
            Assert.DoesNotContain("vn-NEW-SECRET", created.Data.ToString());
        }

        [Fact]
        public async Task Update_patches_with_id_and_changed_fields_only()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, $$"""{"data":{{KeyJson}},"success":true}""");
            using VeniceClient client = ClientFor(server);

            ApiKeyResponse updated = await client.ApiKeys.UpdateAsync(new UpdateApiKeyRequest
            {
                Id = "k-1",
                ModelPrivacy = ModelPrivacy.PrivateOnly,
                LimitPeriod = LimitPeriod.Lifetime,
            });

            Assert.Equal("PATCH", server.LastRequest.Method);
            AssertJsonEqual("""{"id":"k-1","modelPrivacy":"PRIVATE_ONLY","limitPeriod":"LIFETIME"}""", server.LastRequest.BodyText);
            Assert.True(updated.Success);
        }

        [Fact]
        public async Task Rate_limits_and_log_parse()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync((request, context) => request.RawPath.EndsWith("/log", StringComparison.Ordinal)
                ? Respond.Json(context, 200, """{"data":[{"apiKeyId":"k-1","modelId":"zai-org-glm-5-1","rateLimitTier":"paid","rateLimitType":"RPM","timestamp":"2023-10-01T12:00:00Z"}],"object":"list"}""")
                : Respond.Json(context, 200, """
                    {"data":{"accessPermitted":true,"apiTier":{"id":"paid","isCharged":true},"balances":{"USD":50.23,"DIEM":100.023},
                     "keyExpiration":null,"nextEpochBegins":"2025-05-07T00:00:00.000Z",
                     "rateLimits":[{"apiModelId":"zai-org-glm-5-1","rateLimits":[{"amount":100,"type":"RPM"},{"amount":1000000,"type":"TPM"}]}]}}
                    """));
            using VeniceClient client = ClientFor(server);

            RateLimitsResponse limits = await client.ApiKeys.GetRateLimitsAsync();
            RateLimitLogResponse log = await client.ApiKeys.GetRateLimitLogAsync();

            Assert.Equal(["/api/v1/api_keys/rate_limits", "/api/v1/api_keys/rate_limits/log"], server.Requests.Select(r => r.RawPath).ToArray());
            Assert.True(limits.Data.AccessPermitted);
            Assert.Equal(50.23m, limits.Data.Balances!.Usd);
            Assert.Equal(RateLimitType.TokensPerMinute, limits.Data.RateLimits[0].RateLimits[1].Type);
            Assert.Equal(RateLimitType.RequestsPerMinute, Assert.Single(log.Data).RateLimitType);
        }

        [Fact]
        public async Task Web3_token_and_key_creation_round_trip()
        {
            await using LoopbackServer server = await LoopbackServer.StartAsync((request, context) => request.Method == "GET"
                ? Respond.Json(context, 200, """{"data":{"token":"jwt-token"},"success":true}""")
                : Respond.Json(context, 200, """{"data":{"apiKey":"vn-web3","apiKeyType":"INFERENCE","id":"k-9","expiresAt":null},"success":true}"""));
            using VeniceClient client = ClientFor(server);

            Web3TokenResponse token = await client.ApiKeys.GetWeb3TokenAsync();
            CreateApiKeyResponse created = await client.ApiKeys.CreateWeb3KeyAsync(new CreateWeb3ApiKeyRequest
            {
                ApiKeyType = ApiKeyType.Inference,
                Address = "0x45B7",
                Signature = "0xbb5f",
                Token = token.Data.Token,
            });

            Assert.Equal("jwt-token", token.Data.Token);
            Assert.Equal("vn-web3", created.Data.ApiKey);
            Assert.Equal("/api/v1/api_keys/generate_web3_key", server.LastRequest.RawPath);
            AssertJsonEqual("""{"apiKeyType":"INFERENCE","address":"0x45B7","signature":"0xbb5f","token":"jwt-token"}""", server.LastRequest.BodyText);
        }

        internal static void AssertJsonEqual(string expected, string actual) =>
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), $"Expected {expected}\nActual   {actual}");
    }
}
