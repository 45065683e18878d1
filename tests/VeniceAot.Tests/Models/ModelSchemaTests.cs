using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using VeniceAot.Json;
using VeniceAot.Models;

namespace VeniceAot.Tests.Models
{
    /// <summary>
    /// Every field of every <c>constraints</c> and <c>pricing</c> branch and of <c>model_spec</c>, on hand-written models
    /// (the real listing carries no constraints): all typed, none in an extension bag, and written back unchanged.
    /// </summary>
    public sealed class ModelSchemaTests
    {
        private const string AllShapes = """
            [
              {"id":"t-1","type":"text","object":"model","owned_by":"venice.ai","created":1700000001,"context_length":65536,"discount_to_user":0.15,
               "model_spec":{"name":"T","description":"d","modelSource":"https://example.test/t","privacy":"private","beta":true,"betaModel":false,
                 "offline":false,"uncensored":true,"regionRestrictions":["US","CA"],"traits":["default","fastest"],
                 "availableContextTokens":65536,"maxCompletionTokens":8192,
                 "deprecation":{"autoRemap":true,"date":"2031-01-02T03:04:05.000Z","removesAt":"2031-02-01T00:00:00.000Z","startsAt":"2030-12-01T00:00:00.000Z","replacementModelId":"t-2"},
                 "capabilities":{"optimizedForCode":true,"quantization":"fp8","supportsFunctionCalling":true,"supportsAudioInput":true,"supportsReasoning":true,
                   "supportsReasoningEffort":true,"reasoningEffortOptions":["none","minimal","low","medium","high","xhigh","max"],"defaultReasoningEffort":"medium",
                   "supportsResponseSchema":true,"supportsMultipleImages":true,"maxImages":7,"maxVideos":2,"supportsVision":true,"supportsVideoInput":true,
                   "supportsWebSearch":true,"supportsLogProbs":true,"supportsTeeAttestation":true,"supportsE2EE":true,"supportsXSearch":true},
                 "constraints":{"temperature":{"default":0.65},"top_p":{"default":0.95},"frequency_penalty":{"default":0.1},"presence_penalty":{"default":0.2},"repetition_penalty":{"default":1.1}},
                 "pricing":{"input":{"usd":1.25,"diem":12.5},"output":{"usd":5,"diem":50},"cache_input":{"usd":0.125,"diem":1.25},"cache_write":{"usd":1.5,"diem":15},
                   "extended":{"context_token_threshold":100000,"input":{"usd":2.5,"diem":25},"output":{"usd":10,"diem":100},"cache_input":{"usd":0.25,"diem":2.5},"cache_write":{"usd":3,"diem":30}}}}},
              {"id":"i-1","type":"image","created":1700000002,
               "model_spec":{"name":"I","privacy":"anonymized","traits":[],"supportsStyleReferences":true,
                 "constraints":{"aspectRatios":["1:1","4:3"],"defaultAspectRatio":"1:1","defaultResolution":"2K","resolutions":["1K","2K"],"defaultQuality":"medium",
                   "qualities":["low","medium","high"],"promptCharacterLimit":1500,"steps":{"default":20,"max":40},"widthHeightDivisor":16,"maxStyleReferences":4,
                   "supportsStyleReferenceStrength":false},
                 "pricing":{"generation":{"usd":0.02,"diem":0.2},"resolutions":{"1K":{"usd":0.1,"diem":0.1},"2K":{"usd":0.2,"diem":0.2}},
                   "quality":{"1K":{"low":{"usd":0.01,"diem":0.01},"medium":{"usd":0.05,"diem":0.05},"high":{"usd":0.2,"diem":0.2}}},
                   "upscale":{"2x":{"usd":0.03,"diem":0.3},"4x":{"usd":0.09,"diem":0.9}}}}},
              {"id":"v-1","type":"video","created":1700000003,
               "model_spec":{"name":"V","privacy":"anonymized","traits":[],
                 "constraints":{"aspect_ratios":["16:9"],"resolutions":["720p"],"durations":["5s","8s"],"model_type":"text-to-video","audio":true,"audio_configurable":false,"prompt_character_limit":1800}}},
              {"id":"p-1","type":"inpaint","created":1700000004,
               "model_spec":{"name":"P","privacy":"private","traits":[],
                 "constraints":{"aspectRatios":["auto","1:1"],"promptCharacterLimit":1200,"combineImages":true,"maxInputImages":5,"singleImageAspectRatio":false,
                   "defaultResolution":"1K","resolutions":["1K"],"defaultQuality":"high","qualities":["high"]},
                 "pricing":{"inpaint":{"usd":0.05,"diem":0.05},"resolutions":{"1K":{"usd":0.3,"diem":0.3}},"inputImages":{"included":2,"additional":{"usd":0.004,"diem":0.004}},
                   "quality":{"1K":{"high":{"usd":0.4,"diem":0.4}}}}}},
              {"id":"m-1","type":"music","created":1700000005,
               "model_spec":{"name":"M","privacy":"anonymized","traits":[],"supports_lyrics":true,"lyrics_required":false,"supports_force_instrumental":true,"supports_loop":false,
                 "voices":["Ann","Bo"],"default_voice":"Ann","supports_custom_voice_id":true,"supports_language_code":true,"supports_speed":true,"default_speed":1,
                 "min_speed":0.5,"max_speed":2.5,"duration_options":[30,90],"min_duration":30,"max_duration":90,"default_duration":30,"supported_formats":["mp3","flac"],
                 "default_format":"flac","prompt_character_limit":400,"min_prompt_length":3,"lyrics_character_limit":2500,
                 "pricing":{"durations":{"30":{"usd":0.3,"diem":0.3,"min_seconds":1,"max_seconds":30},"90":{"usd":0.6,"diem":0.6,"min_seconds":31,"max_seconds":90}}}}},
              {"id":"m-2","type":"music","model_spec":{"name":"M2","privacy":"private","pricing":{"generation":{"usd":0.03,"diem":0.03}}}},
              {"id":"m-3","type":"music","model_spec":{"name":"M3","privacy":"private","pricing":{"per_second":{"usd":0.004,"diem":0.004}}}},
              {"id":"m-4","type":"music","model_spec":{"name":"M4","privacy":"private","pricing":{"per_thousand_characters":{"usd":0.02,"diem":0.02}}}},
              {"id":"s-1","type":"tts","model_spec":{"name":"S","privacy":"private","voices":["Cy"],"supported_formats":["wav"],"default_format":"wav",
                 "voice_cloning":{"mode":"persistent","accepted_formats":["mp3","wav"],"min_sample_seconds":6,"retention_days":5},
                 "pricing":{"input":{"usd":4,"diem":40}}}},
              {"id":"a-1","type":"asr","model_spec":{"name":"A","privacy":"private","pricing":{"per_audio_second":{"usd":0.0002,"diem":0.0002}}}},
              {"id":"e-1","type":"embedding","model_spec":{"name":"E","privacy":"private","embeddingDimensions":768,"maxInputTokens":4096,"supportsCustomDimensions":true,
                 "pricing":{"input":{"usd":0.02,"diem":0.2},"output":{"usd":0,"diem":0}}}}
            ]
            """;

        [Fact]
        public void Every_branch_field_is_typed_and_round_trips()
        {
            List<ModelResponse> models = JsonSerializer.Deserialize(AllShapes, ModelsJsonContext.Default.ListModelResponse)!;

            Assert.Empty(SharedVeniceFiles.FindExtensionData(models));
            SharedVeniceFiles.AssertJsonEqual(AllShapes, JsonSerializer.Serialize(models, ModelsJsonContext.Default.ListModelResponse));

            ModelResponse text = models[0];
            Assert.Equal(0.15m, text.DiscountToUser);
            Assert.Equal(65536, text.ContextLength);
            ModelSpec spec = text.ModelSpec!;
            Assert.Equal(ModelPrivacyMode.Private, spec.Privacy);
            Assert.Equal(ModelQuantization.Fp8, spec.Capabilities!.Quantization);
            Assert.Equal(ReasoningEffortOption.ExtraHigh, spec.Capabilities.ReasoningEffortOptions![5]);
            Assert.Equal(ReasoningEffortOption.Medium, spec.Capabilities.DefaultReasoningEffort);
            Assert.True(spec.Capabilities.SupportsE2EE);
            Assert.Equal(1.1, spec.Constraints!.RepetitionPenalty!.Default);
            Assert.Equal(100000, spec.Pricing!.Extended!.ContextTokenThreshold);
            Assert.Equal(3m, spec.Pricing.Extended.CacheWrite!.Usd);
            Assert.Equal("t-2", spec.Deprecation!.ReplacementModelId);
            Assert.Equal(new System.DateTimeOffset(2031, 1, 2, 3, 4, 5, System.TimeSpan.Zero), spec.Deprecation.DateInstant);

            ModelConstraints image = models[1].ModelSpec!.Constraints!;
            Assert.Equal(40, image.Steps!.Max);
            Assert.Equal(ModelQualityLevel.Medium, image.DefaultQuality);
            Assert.Equal(0.2m, models[1].ModelSpec!.Pricing!.Quality!["1K"].High!.Usd);

            ModelConstraints video = models[2].ModelSpec!.Constraints!;
            Assert.Equal(VideoModelType.TextToVideo, video.VideoModelType);
            Assert.Equal(["5s", "8s"], video.Durations!);
            Assert.Equal(1800, video.VideoPromptCharacterLimit);

            Assert.Equal(5, models[3].ModelSpec!.Constraints!.MaxInputImages);
            Assert.Equal(2, models[3].ModelSpec!.Pricing!.InputImages!.Included);
            Assert.Equal(90, models[4].ModelSpec!.Pricing!.Durations!["90"].MaxSeconds);
            Assert.Equal(2.5, models[4].ModelSpec!.MaxSpeed);
            Assert.Equal(0.004m, models[6].ModelSpec!.Pricing!.PerSecond!.Usd);
            Assert.Equal(0.02m, models[7].ModelSpec!.Pricing!.PerThousandCharacters!.Diem);
            Assert.Equal(VoiceCloningMode.Persistent, models[8].ModelSpec!.VoiceCloning!.Mode);
            Assert.Equal(0.0002m, models[9].ModelSpec!.Pricing!.PerAudioSecond!.Usd);
            Assert.Equal(768, models[10].ModelSpec!.EmbeddingDimensions);
        }

        [Fact]
        public void Unknown_fields_and_enum_values_survive_a_round_trip()
        {
            const string json = """
                {"id":"Some-Model","type":"hologram","brand_new":{"x":1},
                 "model_spec":{"privacy":"sealed","future_flag":true,
                   "capabilities":{"optimizedForCode":false,"quantization":"fp6","supportsFunctionCalling":false,"supportsAudioInput":false,"supportsReasoning":true,
                     "supportsReasoningEffort":true,"reasoningEffortOptions":["ultra"],"supportsResponseSchema":false,"supportsMultipleImages":false,"supportsVision":false,
                     "supportsVideoInput":false,"supportsWebSearch":false,"supportsLogProbs":false,"supportsTeeAttestation":false,"supportsE2EE":false,"supportsXSearch":false,
                     "supportsTelepathy":true},
                   "constraints":{"model_type":"video-to-hologram","seed":{"max":9}},
                   "pricing":{"per_hologram":{"usd":1,"diem":1},"upscale":{"2x":{"usd":1,"diem":1},"8x":{"usd":4,"diem":4}},"quality":{"1K":{"ultra":{"usd":9,"diem":9}}}}}}
                """;

            ModelResponse model = JsonSerializer.Deserialize(json, ModelsJsonContext.Default.ModelResponse)!;

            Assert.Equal("Some-Model", model.Id);
            Assert.Equal("hologram", model.Type.Value);
            Assert.Equal("sealed", model.ModelSpec!.Privacy!.Value.Value);
            Assert.Equal("fp6", model.ModelSpec.Capabilities!.Quantization!.Value.Value);
            Assert.Equal("ultra", model.ModelSpec.Capabilities.ReasoningEffortOptions![0].Value);
            Assert.Equal("video-to-hologram", model.ModelSpec.Constraints!.VideoModelType!.Value.Value);
            List<string> bags = SharedVeniceFiles.FindExtensionData(model);
            Assert.Equal(
                new[]
                {
                    "$: brand_new",
                    "$.ModelSpec: future_flag",
                    "$.ModelSpec.Capabilities: supportsTelepathy",
                    "$.ModelSpec.Constraints: seed",
                    "$.ModelSpec.Pricing: per_hologram",
                    "$.ModelSpec.Pricing.Quality[1K]: ultra",
                    "$.ModelSpec.Pricing.Upscale: 8x",
                }.Order(),
                bags.Order());
            SharedVeniceFiles.AssertJsonEqual(json, JsonSerializer.Serialize(model, ModelsJsonContext.Default.ModelResponse));
        }
    }
}
