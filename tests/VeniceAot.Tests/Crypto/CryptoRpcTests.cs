using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using VeniceAot.Crypto;
using VeniceAot.Json;
using VeniceAot.Testing;
using VeniceAot.Tests.Models;
using Xunit.Abstractions;
using static VeniceAot.Tests.Billing.AccountTestSupport;

namespace VeniceAot.Tests.Crypto
{
    /// <summary>The Crypto RPC proxy: single and batch bodies, id unions, idempotency keys, cost headers and the spec examples.</summary>
    public sealed class CryptoRpcTests(ITestOutputHelper output)
    {
        private static readonly Dictionary<string, string> CostHeaders = new()
        {
            ["X-Venice-RPC-Credits"] = "40",
            ["X-Venice-RPC-Cost-USD"] = "0.00002800",
            ["X-Request-ID"] = "aBCdEFghIjKlMnOpQrStUvWxYz012345",
            ["Idempotent-Replayed"] = "true",
            ["X-Balance-Remaining"] = "4.230000",
        };

        [Fact]
        public async Task Networks_are_listed_without_a_body()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, """{"networks":["base-mainnet","ethereum-mainnet"]}""");
            using VeniceClient client = ClientFor(server);

            IReadOnlyList<string> networks = await client.CryptoRpc.ListNetworksAsync();

            Assert.Equal(["base-mainnet", "ethereum-mainnet"], networks);
            Assert.Equal("GET", server.LastRequest.Method);
            Assert.Equal("/api/v1/crypto/rpc/networks", server.LastRequest.RawPath);
        }

        [Fact]
        public async Task Single_call_sends_one_object_and_reads_result_and_cost_headers()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, """{"jsonrpc":"2.0","id":"a-1","result":{"number":"0x10","txs":[]}}""", CostHeaders);
            using VeniceClient client = ClientFor(server);

            CryptoRpcResult<JsonRpcResponse> result = await client.CryptoRpc.SendAsync(
                "ethereum-mainnet",
                new JsonRpcRequest { Method = "eth_getBlockByNumber", Params = [JsonRpcParams.String("latest"), JsonRpcParams.Bool(false)], Id = "a-1" },
                idempotencyKey: "a1b2c3d4-e5f6_7890");

            RecordedRequest request = server.LastRequest;
            Assert.Equal("POST", request.Method);
            Assert.Equal("/api/v1/crypto/rpc/ethereum-mainnet", request.RawPath);
            Assert.Equal("a1b2c3d4-e5f6_7890", request.Header("Idempotency-Key"));
            Assert.StartsWith("application/json", request.ContentType);
            AssertSameJson("""{"jsonrpc":"2.0","method":"eth_getBlockByNumber","params":["latest",false],"id":"a-1"}""", request.BodyText);

            Assert.Equal("a-1", result.Value.Id!.Value.String);
            Assert.Equal("0x10", result.Value.Result.GetProperty("number").GetString());
            Assert.Null(result.Value.Error);
            Assert.Equal(40, result.Credits);
            Assert.Equal(0.000028m, result.CostUsd);
            Assert.True(result.IdempotentReplayed);
            Assert.Equal("aBCdEFghIjKlMnOpQrStUvWxYz012345", result.RequestId);
            Assert.Equal(4.23m, result.Metadata.BalanceRemaining);
        }

        [Fact]
        public async Task Single_call_without_key_sends_no_idempotency_header_and_keeps_a_null_result()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, """{"jsonrpc":"2.0","id":7,"result":null}""");
            using VeniceClient client = ClientFor(server);

            CryptoRpcResult<JsonRpcResponse> result = await client.CryptoRpc.SendAsync("base-mainnet", new JsonRpcRequest { Method = "eth_getTransactionReceipt", Id = 7 });

            Assert.Null(server.LastRequest.Header("Idempotency-Key"));
            AssertSameJson("""{"jsonrpc":"2.0","method":"eth_getTransactionReceipt","id":7}""", server.LastRequest.BodyText);
            Assert.Equal(7, result.Value.Id!.Value.Number);
            Assert.Equal(JsonValueKind.Null, result.Value.Result.ValueKind);
            Assert.Null(result.Credits);
            Assert.False(result.IdempotentReplayed);
            Assert.Contains("\"result\":null", JsonSerializer.Serialize(result.Value, CryptoJsonContext.Default.JsonRpcResponse), StringComparison.Ordinal);
        }

        [Fact]
        public async Task Batch_sends_an_array_and_reads_mixed_answers()
        {
            const string answer = """[{"jsonrpc":"2.0","id":2,"result":"0x1b4"},{"jsonrpc":"2.0","id":1,"error":{"code":-32602,"message":"invalid params","data":{"why":"x"}}}]""";
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, answer, CostHeaders);
            using VeniceClient client = ClientFor(server);

            CryptoRpcResult<IReadOnlyList<JsonRpcResponse>> result = await client.CryptoRpc.SendBatchAsync(
                "base-mainnet",
                [
                    new JsonRpcRequest { Method = "eth_chainId", Params = [], Id = 1 },
                    new JsonRpcRequest { Method = "eth_blockNumber", Params = [], Id = 2 },
                ]);

            AssertSameJson(
                """[{"jsonrpc":"2.0","method":"eth_chainId","params":[],"id":1},{"jsonrpc":"2.0","method":"eth_blockNumber","params":[],"id":2}]""",
                server.LastRequest.BodyText);
            Assert.Null(server.LastRequest.Header("Idempotency-Key"));
            Assert.Equal(2, result.Value.Count);
            JsonRpcResponse ok = result.Value.Single(r => r.Id == 2);
            Assert.Equal("0x1b4", ok.Result.GetString());
            JsonRpcResponse failed = result.Value.Single(r => r.Id == 1);
            Assert.Equal(JsonValueKind.Undefined, failed.Result.ValueKind);
            Assert.Equal(-32602, failed.Error!.Code);
            Assert.Equal("x", failed.Error.Data!.Value.GetProperty("why").GetString());
            Assert.Equal(40, result.Credits);
        }

        [Fact]
        public async Task Batch_answered_with_one_error_object_becomes_a_one_item_list()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, """{"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"Invalid Request"}}""");
            using VeniceClient client = ClientFor(server);

            CryptoRpcResult<IReadOnlyList<JsonRpcResponse>> result = await client.CryptoRpc.SendBatchAsync("base-mainnet", [new JsonRpcRequest { Method = "eth_chainId", Id = 1 }]);

            JsonRpcResponse only = Assert.Single(result.Value);
            Assert.Null(only.Id);
            Assert.Equal(-32600, only.Error!.Code);
        }

        [Theory]
        [InlineData("")]
        [InlineData("has space")]
        [InlineData("semi;colon")]
        [InlineData("line\nbreak")]
        public async Task Bad_idempotency_keys_are_refused_before_sending(string key)
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, "{}");
            using VeniceClient client = ClientFor(server);

            await Assert.ThrowsAsync<ArgumentException>(() => client.CryptoRpc.SendAsync("base-mainnet", new JsonRpcRequest { Method = "eth_chainId" }, key));
            await Assert.ThrowsAsync<ArgumentException>(() => client.CryptoRpc.SendAsync("base-mainnet", new JsonRpcRequest { Method = "eth_chainId" }, new string('a', 256)));
            Assert.Empty(server.Requests);
        }

        [Fact]
        public async Task Batch_size_is_checked_and_the_longest_key_is_accepted()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, "[]");
            using VeniceClient client = ClientFor(server);
            JsonRpcRequest[] tooMany = Enumerable.Range(0, 101).Select(i => new JsonRpcRequest { Method = "eth_chainId", Id = i }).ToArray();

            await Assert.ThrowsAsync<ArgumentException>(() => client.CryptoRpc.SendBatchAsync("base-mainnet", tooMany));
            await Assert.ThrowsAsync<ArgumentException>(() => client.CryptoRpc.SendBatchAsync("base-mainnet", []));
            Assert.Empty(server.Requests);

            string longest = new('K', 255);
            await client.CryptoRpc.SendBatchAsync("base-mainnet", tooMany[..100], longest);
            Assert.Equal(longest, server.LastRequest.Header("Idempotency-Key"));
            using JsonDocument body = server.LastRequest.BodyJson();
            Assert.Equal(100, body.RootElement.GetArrayLength());
        }

        [Fact]
        public async Task Rate_limit_429_is_an_api_error_with_the_custom_message()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(429, """{"error":"Too many requests","customMessage":"per-minute cap"}""", new Dictionary<string, string> { ["X-RateLimit-Reset"] = "1704067260" });
            using VeniceClient client = ClientFor(server);

            VeniceApiException error = await Assert.ThrowsAsync<VeniceApiException>(() => client.CryptoRpc.SendAsync("base-mainnet", new JsonRpcRequest { Method = "eth_chainId" }));

            Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
            Assert.Contains("per-minute cap", error.RawBody, StringComparison.Ordinal);
            Assert.Equal("1704067260", error.Metadata!.GetHeader("X-RateLimit-Reset"));
        }

        [Fact]
        public void Ids_compare_by_kind_and_value_and_keep_other_shapes()
        {
            Assert.Equal(JsonRpcId.FromNumber(1), (JsonRpcId)1);
            Assert.NotEqual(JsonRpcId.FromNumber(1), JsonRpcId.FromString("1"));
            JsonRpcId odd = JsonSerializer.Deserialize("1.5", CryptoJsonContext.Default.JsonRpcId);
            Assert.Null(odd.Number);
            Assert.Equal("1.5", JsonSerializer.Serialize(odd, CryptoJsonContext.Default.JsonRpcId));
            Assert.Equal("\"x\"", JsonSerializer.Serialize((JsonRpcId)"x", CryptoJsonContext.Default.JsonRpcId));
        }

        public static TheoryData<string> Examples() =>
        [
            "cryptoRpcProxy.request.1.json",
            "cryptoRpcProxy.request.2.json",
            "cryptoRpcProxy.response.200.1.json",
            "cryptoRpcProxy.response.200.2.json",
            "fragments/crypto_rpc_networks.get.200.networks.json",
            "fragments/crypto_rpc_network_.post.oneOf0.params.json",
        ];

        [Theory]
        [MemberData(nameof(Examples))]
        public void Spec_example_round_trips(string file)
        {
            if (SharedVeniceFiles.TryRead("examples/" + file, output) is not string json)
            {
                return;
            }

            CryptoJsonContext context = CryptoJsonContext.Default;
            switch (file)
            {
                case "cryptoRpcProxy.request.1.json":
                    AssertSameJson(json, RoundTrip(json, context.JsonRpcRequestBody, b =>
                    {
                        Assert.Equal("eth_chainId", b.Single!.Method);
                        Assert.Equal(1, b.Single.Id!.Value.Number);
                    }));
                    break;
                case "cryptoRpcProxy.request.2.json":
                    AssertSameJson(json, RoundTrip(json, context.JsonRpcRequestBody, b => Assert.Equal(["eth_chainId", "eth_blockNumber"], b.Batch!.Select(r => r.Method))));
                    break;
                case "cryptoRpcProxy.response.200.1.json":
                    AssertSameJson(json, RoundTrip(json, context.JsonRpcResponseBody, b => Assert.Equal("0x1", b.Single!.Result.GetString())));
                    break;
                case "cryptoRpcProxy.response.200.2.json":
                    AssertSameJson(json, RoundTrip(json, context.JsonRpcResponseBody, b =>
                    {
                        Assert.Equal(2, b.Batch!.Count);
                        Assert.Equal(-32602, b.Batch[1].Error!.Code);
                    }));
                    break;
                case "fragments/crypto_rpc_networks.get.200.networks.json":
                    string wrapped = $$"""{"networks":{{json}}}""";
                    AssertSameJson(wrapped, RoundTrip(wrapped, context.CryptoRpcNetworkList, l => Assert.Contains("ethereum-mainnet", l.Networks)));
                    break;
                default:
                    string call = $$"""{"jsonrpc":"2.0","method":"eth_chainId","params":{{json}},"id":1}""";
                    AssertSameJson(call, RoundTrip(call, context.JsonRpcRequest, r => Assert.Empty(r.Params!)));
                    break;
            }
        }
    }
}
