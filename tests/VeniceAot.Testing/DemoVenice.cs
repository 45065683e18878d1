using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace VeniceAot.Testing
{
    /// <summary>
    /// A Venice-compatible stand-in for the offline demo and end-to-end tests: models, chat (plain and
    /// SSE streaming), embeddings, a generated PNG, and API keys kept in memory. Answers follow the
    /// shapes of Venice's OpenAPI spec; the content is canned and says so.
    /// </summary>
    public sealed class DemoVenice
    {
        private const string Prefix = "/api/v1";
        private readonly ConcurrentDictionary<string, JsonObject> _keys = new();
        private int _nextKey;

        /// <summary>The handler to pass to <see cref="LoopbackServer.StartAsync"/>.</summary>
        public Task HandleAsync(RecordedRequest request, HttpContext context)
        {
            string path = request.RawPath.StartsWith(Prefix, StringComparison.Ordinal) ? request.RawPath[Prefix.Length..] : request.RawPath;
            bool isPublic = path.StartsWith("/models", StringComparison.Ordinal) || path == "/image/styles";
            if (!isPublic && !(request.Header("Authorization") ?? string.Empty).StartsWith("Bearer ", StringComparison.Ordinal))
            {
                return Respond.Json(context, 401, """{"error":"Authentication failed"}""");
            }

            var headers = new Dictionary<string, string>
            {
                ["CF-RAY"] = "demo-" + RandomNumberGenerator.GetHexString(12, lowercase: true),
                ["x-venice-version"] = "demo",
                ["x-ratelimit-limit-requests"] = "500",
                ["x-ratelimit-remaining-requests"] = "499",
            };

            return (request.Method, path) switch
            {
                ("GET", "/models") => Respond.Json(context, 200, Models(context.Request.Query["type"].ToString()), headers),
                ("GET", "/models/traits") => Respond.Json(context, 200, """{"data":{"default":"venice-uncensored","fastest":"qwen3-4b","default_reasoning":"qwen3-235b"},"object":"list"}""", headers),
                ("GET", "/models/compatibility_mapping") => Respond.Json(context, 200, """{"data":{"gpt-4o":"venice-uncensored","gpt-4o-mini":"qwen3-4b"},"object":"list"}""", headers),
                ("POST", "/chat/completions") => ChatAsync(request, context, headers),
                ("POST", "/embeddings") => Respond.Json(context, 200, Embeddings(request), headers),
                ("POST", "/image/generate") => Respond.Bytes(context, 200, "image/png", Png(request), headers),
                ("GET", "/api_keys") => Respond.Json(context, 200, new JsonObject { ["data"] = new JsonArray(_keys.Values.Select(k => (JsonNode)Public(k)).ToArray()), ["object"] = "list" }.ToJsonString(), headers),
                ("POST", "/api_keys") => CreateKeyAsync(request, context, headers),
                ("DELETE", "/api_keys") => DeleteKeyAsync(context, headers),
                ("GET", "/api_keys/rate_limits") => Respond.Json(context, 200, """{"data":{"accessPermitted":true,"apiTier":{"id":"paid","isCharged":true},"balances":{"USD":50.23,"DIEM":100.023},"keyExpiration":null,"nextEpochBegins":"2026-12-01T00:00:00.000Z","rateLimits":[{"apiModelId":"venice-uncensored","rateLimits":[{"amount":500,"type":"RPM"},{"amount":1000000,"type":"TPM"}]}]}}""", headers),
                ("GET", "/api_keys/rate_limits/log") => Respond.Json(context, 200, """{"data":[],"object":"list"}""", headers),
                ("GET", _) when path.StartsWith("/api_keys/", StringComparison.Ordinal) => GetKeyAsync(Uri.UnescapeDataString(path["/api_keys/".Length..]), context, headers),
                _ => Respond.Json(context, 404, $$"""{"error":"The demo server does not implement {{request.Method}} {{path}}"}""", headers),
            };
        }

        private static string Models(string type)
        {
            var models = new (string Id, string Type, string Name, string Spec)[]
            {
                ("venice-uncensored", "text", "Venice Uncensored 1.1", """{"availableContextTokens":32768,"capabilities":{"supportsFunctionCalling":false,"supportsReasoning":false,"supportsResponseSchema":true,"supportsVision":false,"supportsWebSearch":true,"quantization":"fp16"},"pricing":{"input":{"usd":0.2,"diem":0.2},"output":{"usd":0.9,"diem":0.9}},"traits":["default"],"privacy":"private"}"""),
                ("qwen3-235b", "text", "Qwen 3 235B", """{"availableContextTokens":131072,"capabilities":{"supportsFunctionCalling":true,"supportsReasoning":true,"supportsReasoningEffort":true,"reasoningEffortOptions":["low","medium","high"],"supportsResponseSchema":true,"supportsVision":false,"supportsWebSearch":true,"quantization":"fp8"},"pricing":{"input":{"usd":0.9,"diem":0.9},"output":{"usd":4.5,"diem":4.5}},"traits":["default_reasoning"],"privacy":"private"}"""),
                ("qwen3-4b", "text", "Qwen 3 4B", """{"availableContextTokens":32768,"capabilities":{"supportsFunctionCalling":true,"supportsReasoning":true,"supportsResponseSchema":true,"supportsVision":false,"supportsWebSearch":true,"quantization":"fp8"},"pricing":{"input":{"usd":0.05,"diem":0.05},"output":{"usd":0.15,"diem":0.15}},"traits":["fastest"],"privacy":"private"}"""),
                ("venice-sd35", "image", "Venice SD35", """{"pricing":{"generation":{"usd":0.01,"diem":0.01},"upscale":{"2x":{"usd":0.02,"diem":0.02},"4x":{"usd":0.08,"diem":0.08}}},"traits":["default"],"privacy":"private"}"""),
                ("text-embedding-bge-m3", "embedding", "BGE-M3", """{"pricing":{"input":{"usd":0.15,"diem":0.15},"output":{"usd":0.6,"diem":0.6}},"traits":[],"privacy":"private"}"""),
            };

            var data = new JsonArray();
            foreach (var model in models)
            {
                if (type.Length != 0 && type != "all" && type != model.Type)
                {
                    continue;
                }

                JsonObject spec = JsonNode.Parse(model.Spec)!.AsObject();
                spec["name"] = model.Name;
                data.Add(new JsonObject { ["id"] = model.Id, ["type"] = model.Type, ["object"] = "model", ["owned_by"] = "venice.ai", ["created"] = 1727966436, ["model_spec"] = spec });
            }

            return new JsonObject { ["data"] = data, ["object"] = "list", ["type"] = type.Length == 0 ? "text" : type }.ToJsonString();
        }

        private static async Task ChatAsync(RecordedRequest request, HttpContext context, Dictionary<string, string> headers)
        {
            using JsonDocument body = request.BodyJson();
            JsonElement root = body.RootElement;
            string model = root.TryGetProperty("model", out JsonElement m) ? m.GetString() ?? "venice-uncensored" : "venice-uncensored";
            string prompt = LastUserText(root);
            string reply = $"This answer comes from the VeniceAot demo server, not a model. You asked: \"{prompt}\". Set VENICE_API_KEY to talk to the real API.";
            bool stream = root.TryGetProperty("stream", out JsonElement s) && s.ValueKind == JsonValueKind.True;
            long created = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            string id = "chatcmpl-demo" + RandomNumberGenerator.GetHexString(16, lowercase: true);
            int promptTokens = Math.Max(1, prompt.Length / 4);
            string[] words = reply.Split(' ');
            int completionTokens = words.Length;
            string usage = $$"""{"prompt_tokens":{{promptTokens}},"completion_tokens":{{completionTokens}},"total_tokens":{{promptTokens + completionTokens}}}""";
            if (!stream)
            {
                string json = $$$"""{"id":"{{{id}}}","object":"chat.completion","created":{{{created}}},"model":"{{{model}}}","choices":[{"index":0,"message":{"role":"assistant","content":{{{JsonValue.Create(reply).ToJsonString()}}},"reasoning_content":null,"tool_calls":[]},"finish_reason":"stop","logprobs":null,"stop_reason":null}],"usage":{{{usage}}},"cost":{"usd":0.00001,"diem":0}}""";
                await Respond.Json(context, 200, json, headers);
                return;
            }

            foreach (KeyValuePair<string, string> header in headers)
            {
                context.Response.Headers[header.Key] = header.Value;
            }

            var events = new List<string> { $$"""{"id":"{{id}}","object":"chat.completion.chunk","created":{{created}},"model":"{{model}}","choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}]}""" };
            for (int i = 0; i < words.Length; i++)
            {
                string piece = (i == 0 ? string.Empty : " ") + words[i];
                events.Add($$"""{"id":"{{id}}","object":"chat.completion.chunk","created":{{created}},"model":"{{model}}","choices":[{"index":0,"delta":{"content":{{JsonValue.Create(piece).ToJsonString()}}},"finish_reason":null}]}""");
            }

            events.Add($$"""{"id":"{{id}}","object":"chat.completion.chunk","created":{{created}},"model":"{{model}}","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}""");
            bool includeUsage = root.TryGetProperty("stream_options", out JsonElement options) && options.TryGetProperty("include_usage", out JsonElement iu) && iu.ValueKind == JsonValueKind.True;
            if (includeUsage)
            {
                events.Add($$"""{"id":"{{id}}","object":"chat.completion.chunk","created":{{created}},"model":"{{model}}","choices":[],"usage":{{usage}}}""");
            }

            await Respond.EventStream(context, events);
        }

        private static string LastUserText(JsonElement root)
        {
            if (!root.TryGetProperty("messages", out JsonElement messages) || messages.ValueKind != JsonValueKind.Array)
            {
                return string.Empty;
            }

            string text = string.Empty;
            foreach (JsonElement message in messages.EnumerateArray())
            {
                if (message.TryGetProperty("role", out JsonElement role) && role.GetString() == "user" && message.TryGetProperty("content", out JsonElement content))
                {
                    text = content.ValueKind == JsonValueKind.String
                        ? content.GetString() ?? string.Empty
                        : string.Join(" ", content.EnumerateArray().Where(p => p.TryGetProperty("text", out _)).Select(p => p.GetProperty("text").GetString()));
                }
            }

            return text;
        }

        private static string Embeddings(RecordedRequest request)
        {
            using JsonDocument body = request.BodyJson();
            JsonElement input = body.RootElement.GetProperty("input");
            string[] texts = input.ValueKind == JsonValueKind.Array ? input.EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToArray() : [input.GetString() ?? string.Empty];
            var data = new JsonArray();
            for (int i = 0; i < texts.Length; i++)
            {
                byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(texts[i]));
                var vector = new JsonArray(hash.Take(8).Select(b => (JsonNode)JsonValue.Create(Math.Round((b - 128) / 128.0, 4))!).ToArray());
                data.Add(new JsonObject { ["object"] = "embedding", ["index"] = i, ["embedding"] = vector });
            }

            return new JsonObject { ["object"] = "list", ["model"] = "text-embedding-bge-m3", ["data"] = data, ["usage"] = new JsonObject { ["prompt_tokens"] = texts.Sum(t => t.Length / 4 + 1), ["total_tokens"] = texts.Sum(t => t.Length / 4 + 1) } }.ToJsonString();
        }

        /// <summary>A small, valid PNG whose colour depends on the prompt (a gradient, 64×64).</summary>
        private static byte[] Png(RecordedRequest request)
        {
            using JsonDocument body = request.BodyJson();
            string prompt = body.RootElement.TryGetProperty("prompt", out JsonElement p) ? p.GetString() ?? string.Empty : string.Empty;
            byte[] seed = SHA256.HashData(Encoding.UTF8.GetBytes(prompt));
            const int size = 64;
            var raw = new MemoryStream();
            for (int y = 0; y < size; y++)
            {
                raw.WriteByte(0);
                for (int x = 0; x < size; x++)
                {
                    raw.WriteByte((byte)(seed[0] + (x * 3)));
                    raw.WriteByte((byte)(seed[1] + (y * 3)));
                    raw.WriteByte(seed[2]);
                }
            }

            var compressed = new MemoryStream();
            using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            {
                raw.Position = 0;
                raw.CopyTo(zlib);
            }

            var png = new MemoryStream();
            png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
            byte[] header = new byte[13];
            System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header, size);
            System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), size);
            header[8] = 8; // bit depth
            header[9] = 2; // truecolour
            WriteChunk(png, "IHDR", header);
            WriteChunk(png, "IDAT", compressed.ToArray());
            WriteChunk(png, "IEND", []);
            return png.ToArray();
        }

        private static void WriteChunk(Stream png, string type, byte[] data)
        {
            byte[] length = new byte[4];
            System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
            png.Write(length);
            byte[] typeAndData = [.. Encoding.ASCII.GetBytes(type), .. data];
            png.Write(typeAndData);
            byte[] crc = new byte[4];
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typeAndData));
            png.Write(crc);
        }

        private static uint Crc32(byte[] data)
        {
            uint crc = 0xFFFFFFFF;
            foreach (byte b in data)
            {
                crc ^= b;
                for (int bit = 0; bit < 8; bit++)
                {
                    crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
                }
            }

            return ~crc;
        }

        private async Task CreateKeyAsync(RecordedRequest request, HttpContext context, Dictionary<string, string> headers)
        {
            JsonObject body = JsonNode.Parse(request.Body)!.AsObject();
            string? type = body["apiKeyType"]?.GetValue<string>();
            string? description = body["description"]?.GetValue<string>();
            if (type is null || description is null)
            {
                var details = new JsonObject { ["_errors"] = new JsonArray() };
                if (type is null)
                {
                    details["apiKeyType"] = new JsonObject { ["_errors"] = new JsonArray("Required") };
                }

                if (description is null)
                {
                    details["description"] = new JsonObject { ["_errors"] = new JsonArray("Required") };
                }

                await Respond.Json(context, 400, new JsonObject { ["error"] = "Invalid request parameters", ["details"] = details }.ToJsonString(), headers);
                return;
            }

            int number = System.Threading.Interlocked.Increment(ref _nextKey);
            string id = $"demo-key-{number:D4}";
            string secret = "vn-demo-" + RandomNumberGenerator.GetHexString(24, lowercase: true);
            var key = new JsonObject
            {
                ["id"] = id,
                ["apiKeyType"] = type,
                ["description"] = description,
                ["consumptionLimits"] = body["consumptionLimit"]?.DeepClone() ?? new JsonObject(),
                ["limitPeriod"] = body["limitPeriod"]?.DeepClone() ?? "EPOCH",
                ["modelPrivacy"] = body["modelPrivacy"]?.DeepClone() ?? "ALL",
                ["createdAt"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
                ["expiresAt"] = null,
                ["last6Chars"] = secret[^6..],
                ["lastUsedAt"] = null,
            };
            _keys[id] = key;
            JsonObject data = Public(key);
            data.Remove("consumptionLimits");
            data["consumptionLimit"] = key["consumptionLimits"]!.DeepClone();
            data["apiKey"] = secret;
            await Respond.Json(context, 200, new JsonObject { ["data"] = data, ["success"] = true }.ToJsonString(), headers);
        }

        private Task DeleteKeyAsync(HttpContext context, Dictionary<string, string> headers)
        {
            string id = context.Request.Query["id"].ToString();
            return _keys.TryRemove(id, out _)
                ? Respond.Json(context, 200, """{"success":true}""", headers)
                : Respond.Json(context, 400, "{\"error\":\"API key not found\",\"details\":{\"_errors\":[],\"id\":{\"_errors\":[" + JsonValue.Create($"No API key with id '{id}'").ToJsonString() + "]}}}", headers);
        }

        private Task GetKeyAsync(string id, HttpContext context, Dictionary<string, string> headers) =>
            _keys.TryGetValue(id, out JsonObject? key)
                ? Respond.Json(context, 200, new JsonObject { ["data"] = Public(key) }.ToJsonString(), headers)
                : Respond.Json(context, 404, """{"error":"API key not found"}""", headers);

        private static JsonObject Public(JsonObject key) => key.DeepClone().AsObject();
    }
}
