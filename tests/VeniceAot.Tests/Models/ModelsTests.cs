using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using VeniceAot.Json;
using VeniceAot.Models;
using VeniceAot.Testing;
using Xunit.Abstractions;

namespace VeniceAot.Tests.Models
{
    /// <summary>The Models group end to end, plus the real listing and the spec's fragments.</summary>
    public sealed class ModelsTests(ITestOutputHelper output)
    {
        private const string Key = "test-key-models";

        private const string OneModelList = """
            {"data":[{"id":"wai-Illustrious","type":"image","created":1727966436,
              "model_spec":{"privacy":"private","name":"WAI","traits":[],"pricing":{"generation":{"usd":0.01,"diem":0.1},"upscale":{"2x":{"usd":0.02,"diem":0.2},"4x":{"usd":0.08,"diem":0.8}}}}}],
             "object":"list","type":"image"}
            """;

        private static VeniceClient ClientFor(LoopbackServer server) =>
            new(new VeniceClientOptions { ApiKey = Key, BaseAddress = server.BaseAddress });

        public static TheoryData<string> TypeValues =>
            ["asr", "embedding", "image", "music", "text", "tts", "upscale", "inpaint", "video", "all", "code"];

        [Theory]
        [MemberData(nameof(TypeValues))]
        public async Task List_sends_the_type_filter_and_parses(string type)
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, OneModelList.Replace("\"type\":\"image\"}", $"\"type\":\"{type}\"}}"));
            using VeniceClient client = ClientFor(server);

            ModelList list = await client.Models.ListAsync(ModelType.FromValue(type));

            RecordedRequest request = server.LastRequest;
            Assert.Equal("GET", request.Method);
            Assert.Equal("/api/v1/models", request.RawPath);
            Assert.Equal("?type=" + type, request.QueryString);
            Assert.Equal("Bearer " + Key, request.Header("Authorization"));
            Assert.Equal(ModelType.FromValue(type), list.Type);
            ModelResponse model = Assert.Single(list.Data);
            Assert.Equal("wai-Illustrious", model.Id);
            Assert.Equal(ModelType.Image, model.Type);
            Assert.Equal(0.08m, model.ModelSpec!.Pricing!.Upscale!.Scale4x!.Usd);
        }

        [Fact]
        public async Task Known_type_members_send_their_wire_value()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, OneModelList);
            using VeniceClient client = ClientFor(server);

            await client.Models.ListAsync(ModelType.Tts);
            Assert.Equal("?type=tts", server.LastRequest.QueryString);
            await client.Models.ListAsync(ModelType.All);
            Assert.Equal("?type=all", server.LastRequest.QueryString);
        }

        [Fact]
        public async Task List_without_a_type_sends_no_query()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, OneModelList);
            using VeniceClient client = ClientFor(server);

            ModelList list = await client.Models.ListAsync();

            Assert.Equal("/api/v1/models", server.LastRequest.RawPath);
            Assert.Equal(string.Empty, server.LastRequest.QueryString);
            Assert.Equal("list", list.Object);
            Assert.Equal(new DateTimeOffset(2024, 10, 3, 14, 40, 36, TimeSpan.Zero), list.Data[0].CreatedAt);
        }

        [Fact]
        public async Task Traits_parse_the_data_map()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(
                200, """{"data":{"default":"model-a","fastest":"Model-B","default_code":"model-c"},"object":"list","type":"text"}""");
            using VeniceClient client = ClientFor(server);

            ModelTraitList traits = await client.Models.ListTraitsAsync(ModelType.Text);

            Assert.Equal("/api/v1/models/traits", server.LastRequest.RawPath);
            Assert.Equal("?type=text", server.LastRequest.QueryString);
            Assert.Equal(3, traits.Data.Count);
            Assert.Equal("Model-B", traits.Data["fastest"]);
            Assert.Equal("model-c", traits.Data["default_code"]);
            Assert.Equal(ModelType.Text, traits.Type);

            await client.Models.ListTraitsAsync();
            Assert.Equal(string.Empty, server.LastRequest.QueryString);
        }

        [Fact]
        public async Task Compatibility_mapping_parses_the_data_map()
        {
            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(
                200, """{"data":{"gpt-4o":"model-a","claude-x":"model-b"},"object":"list","type":"image"}""");
            using VeniceClient client = ClientFor(server);

            ModelCompatibilityMapping mapping = await client.Models.ListCompatibilityMappingAsync(ModelType.Image);

            Assert.Equal("/api/v1/models/compatibility_mapping", server.LastRequest.RawPath);
            Assert.Equal("?type=image", server.LastRequest.QueryString);
            Assert.Equal(new Dictionary<string, string> { ["gpt-4o"] = "model-a", ["claude-x"] = "model-b" }, mapping.Data);
            Assert.Equal(ModelType.Image, mapping.Type);

            await client.Models.ListCompatibilityMappingAsync();
            Assert.Equal(string.Empty, server.LastRequest.QueryString);
        }

        [Fact]
        public void Static_listing_parses_completely_and_round_trips()
        {
            string? json = SharedVeniceFiles.TryRead("static-models.json", output);
            if (json is null)
            {
                return;
            }

            List<ModelResponse> models = JsonSerializer.Deserialize(json, ModelsJsonContext.Default.ListModelResponse)!;

            Assert.Equal(328, models.Count);
            var byType = models.GroupBy(m => m.Type.Value).ToDictionary(g => g.Key, g => g.Count());
            var expected = new Dictionary<string, int>
            {
                ["video"] = 116, ["text"] = 113, ["image"] = 38, ["inpaint"] = 21, ["music"] = 14,
                ["tts"] = 11, ["embedding"] = 9, ["asr"] = 5, ["upscale"] = 1,
            };
            Assert.Equal(expected.OrderBy(p => p.Key), byType.OrderBy(p => p.Key));
            Assert.DoesNotContain(models, m => m.ModelSpec is null);
            Assert.DoesNotContain(models, m => string.IsNullOrEmpty(m.Id));
            Assert.Empty(SharedVeniceFiles.FindExtensionData(models));

            // Spot checks that the typed paths really hold the values.
            Assert.All(models.Where(m => m.Type == ModelType.Text), m => Assert.NotNull(m.ModelSpec!.Capabilities?.Quantization));
            Assert.All(models.Where(m => m.Type == ModelType.Text), m => Assert.NotNull(m.ModelSpec!.Pricing?.Output?.Usd));
            Assert.Contains(models, m => m.ModelSpec!.Pricing?.Extended?.ContextTokenThreshold > 0);
            Assert.Contains(models, m => m.ModelSpec!.Pricing?.Durations?.Values.Any(t => t.MaxSeconds > t.MinSeconds) == true);
            Assert.Contains(models, m => m.ModelSpec!.Pricing?.Quality?.Values.Any(q => q.High?.Usd > 0) == true);
            Assert.Contains(models, m => m.ModelSpec!.Deprecation?.RemovesAtInstant is not null);
            Assert.All(models.Where(m => m.Type == ModelType.Asr), m => Assert.NotNull(m.ModelSpec!.Pricing?.PerAudioSecond));
            output.WriteLine($"Parsed {models.Count} models; no field left to an extension bag.");

            string written = JsonSerializer.Serialize(models, ModelsJsonContext.Default.ListModelResponse);
            SharedVeniceFiles.AssertJsonEqual(json, written);
        }

        [Fact]
        public async Task Static_listing_served_as_a_list_response_parses_through_the_client()
        {
            string? json = SharedVeniceFiles.TryRead("static-models.json", output);
            if (json is null)
            {
                return;
            }

            await using LoopbackServer server = await LoopbackServer.StartJsonAsync(200, $$"""{"data":{{json}},"object":"list","type":"all"}""");
            using VeniceClient client = ClientFor(server);

            ModelList list = await client.Models.ListAsync(ModelType.All);

            Assert.Equal(328, list.Data.Count);
            Assert.Equal(116, list.Data.Count(m => m.Type == ModelType.Video));
            Assert.Empty(SharedVeniceFiles.FindExtensionData(list));
        }

        [Fact]
        public void Spec_fragments_deserialize_into_their_types()
        {
            string? modelJson = SharedVeniceFiles.TryRead("examples/fragments/ModelResponse.json", output);
            string? traitsJson = SharedVeniceFiles.TryRead("examples/fragments/ModelTraitSchema.json", output);
            string? mappingJson = SharedVeniceFiles.TryRead("examples/fragments/ModelCompatibilitySchema.json", output);
            if (modelJson is null || traitsJson is null || mappingJson is null)
            {
                return;
            }

            ModelResponse model = JsonSerializer.Deserialize(modelJson, ModelsJsonContext.Default.ModelResponse)!;
            Assert.False(string.IsNullOrEmpty(model.Id));
            Assert.Equal(ModelType.Text, model.Type);
            Assert.Equal("model", model.Object);
            Assert.Equal("venice.ai", model.OwnedBy);
            Assert.NotNull(model.ModelSpec?.Capabilities?.Quantization);
            Assert.NotNull(model.ModelSpec!.Constraints?.Temperature?.Default);
            Assert.NotNull(model.ModelSpec.Pricing?.Input?.Usd);
            Assert.Empty(SharedVeniceFiles.FindExtensionData(model));
            SharedVeniceFiles.AssertJsonEqual(modelJson, JsonSerializer.Serialize(model, ModelsJsonContext.Default.ModelResponse));

            Dictionary<string, string> traits = JsonSerializer.Deserialize(traitsJson, ModelsJsonContext.Default.DictionaryStringString)!;
            Assert.NotEmpty(traits);
            Assert.All(traits, p => Assert.False(string.IsNullOrEmpty(p.Value)));
            Dictionary<string, string> mapping = JsonSerializer.Deserialize(mappingJson, ModelsJsonContext.Default.DictionaryStringString)!;
            Assert.NotEmpty(mapping);

            // The per-field fragments of the ModelResponse schema, each placed where the schema puts it.
            string? Fragment(string name) => SharedVeniceFiles.TryRead($"examples/fragments/ModelResponse.{name}.json", output);
            var spec = new Dictionary<string, string?>
            {
                ["regionRestrictions"] = Fragment("model_spec.regionRestrictions"),
                ["deprecation"] = Fragment("model_spec.deprecation"),
                ["traits"] = Fragment("model_spec.traits"),
                ["voices"] = Fragment("model_spec.voices"),
                ["duration_options"] = Fragment("model_spec.duration_options"),
                ["supported_formats"] = Fragment("model_spec.supported_formats"),
            };
            string? voiceFormats = Fragment("model_spec.voice_cloning.accepted_formats");
            string? efforts = Fragment("model_spec.capabilities.reasoningEffortOptions");
            string? imageAspect = Fragment("model_spec.constraints.ImageModelConstraints.aspectRatios");
            string? imageResolutions = Fragment("model_spec.constraints.ImageModelConstraints.resolutions");
            string? imageQualities = Fragment("model_spec.constraints.ImageModelConstraints.qualities");
            string? videoAspect = Fragment("model_spec.constraints.VideoModelConstraints.aspect_ratios");
            string? videoResolutions = Fragment("model_spec.constraints.VideoModelConstraints.resolutions");
            string? videoDurations = Fragment("model_spec.constraints.VideoModelConstraints.durations");
            string? inpaintAspect = Fragment("model_spec.constraints.InpaintModelConstraints.aspectRatios");
            string? imageResolutionPrices = Fragment("model_spec.pricing.ImageModelPricing.resolutions");
            string? imageQualityPrices = Fragment("model_spec.pricing.ImageModelPricing.quality");
            string? inpaintResolutionPrices = Fragment("model_spec.pricing.InpaintModelPricing.resolutions");
            if (spec.Values.Any(v => v is null) || voiceFormats is null || efforts is null || imageAspect is null || imageResolutions is null
                || imageQualities is null || videoAspect is null || videoResolutions is null || videoDurations is null || inpaintAspect is null
                || imageResolutionPrices is null || imageQualityPrices is null || inpaintResolutionPrices is null)
            {
                return;
            }

            string specJson = "{" + string.Join(",", spec.Select(p => $"\"{p.Key}\":{p.Value}")) + ","
                + $"\"voice_cloning\":{{\"accepted_formats\":{voiceFormats}}},"
                + $"\"capabilities\":{{\"reasoningEffortOptions\":{efforts}}},"
                + $"\"privacy\":\"private\"}}";
            ModelSpec parsedSpec = JsonSerializer.Deserialize(specJson, ModelsJsonContext.Default.ModelSpec)!;
            Assert.NotEmpty(parsedSpec.RegionRestrictions!);
            Assert.NotNull(parsedSpec.Deprecation!.RemovesAtInstant);
            Assert.NotEmpty(parsedSpec.DurationOptions!);
            Assert.NotEmpty(parsedSpec.VoiceCloning!.AcceptedFormats!);
            Assert.NotEmpty(parsedSpec.Capabilities!.ReasoningEffortOptions!);
            Assert.Empty(SharedVeniceFiles.FindExtensionData(parsedSpec));

            foreach (string constraintsJson in new[]
            {
                $"{{\"aspectRatios\":{imageAspect},\"resolutions\":{imageResolutions},\"qualities\":{imageQualities}}}",
                $"{{\"aspect_ratios\":{videoAspect},\"resolutions\":{videoResolutions},\"durations\":{videoDurations}}}",
                $"{{\"aspectRatios\":{inpaintAspect}}}",
            })
            {
                ModelConstraints constraints = JsonSerializer.Deserialize(constraintsJson, ModelsJsonContext.Default.ModelConstraints)!;
                Assert.Empty(SharedVeniceFiles.FindExtensionData(constraints));
                Assert.True(constraints.AspectRatios is { Count: > 0 } || constraints.VideoAspectRatios is { Count: > 0 });
                SharedVeniceFiles.AssertJsonEqual(constraintsJson, JsonSerializer.Serialize(constraints, ModelsJsonContext.Default.ModelConstraints));
            }

            string pricingJson = $"{{\"resolutions\":{imageResolutionPrices},\"quality\":{imageQualityPrices}}}";
            ModelPricing pricing = JsonSerializer.Deserialize(pricingJson, ModelsJsonContext.Default.ModelPricing)!;
            Assert.NotEmpty(pricing.Resolutions!);
            Assert.All(pricing.Quality!.Values, q => Assert.NotNull(q.Low?.Usd));
            Assert.Empty(SharedVeniceFiles.FindExtensionData(pricing));
            ModelPricing inpaintPricing = JsonSerializer.Deserialize($"{{\"resolutions\":{inpaintResolutionPrices}}}", ModelsJsonContext.Default.ModelPricing)!;
            Assert.NotEmpty(inpaintPricing.Resolutions!);
        }
    }
}
