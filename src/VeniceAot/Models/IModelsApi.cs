using System.Threading;
using System.Threading.Tasks;
using VeniceAot.Http;
using VeniceAot.Json;

namespace VeniceAot.Models
{
    /// <summary>The Models group: the model listing, traits and compatibility mapping. Works without an API key.</summary>
    [VeniceApi(typeof(ModelsJsonContext))]
    public interface IModelsApi
    {
        /// <summary><c>GET /models</c>: the available models.</summary>
        /// <param name="type">The type to list (<see cref="ModelType.All"/> for every type); null sends no filter and Venice applies its default (the spec names none for this operation).</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>The models.</returns>
        [Get("/models")]
        Task<ModelList> ListAsync([Query("type")] ModelType? type = null, CancellationToken cancellationToken = default);

        /// <summary><c>GET /models/traits</c>: the model each trait selects.</summary>
        /// <param name="type">The model type; null sends no filter (Venice's default: <c>text</c>).</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>Model ids by trait.</returns>
        [Get("/models/traits")]
        Task<ModelTraitList> ListTraitsAsync([Query("type")] ModelType? type = null, CancellationToken cancellationToken = default);

        /// <summary><c>GET /models/compatibility_mapping</c>: the Venice model that answers each foreign model id.</summary>
        /// <param name="type">The model type; null sends no filter (Venice's default: <c>text</c>).</param>
        /// <param name="cancellationToken">Cancels the call.</param>
        /// <returns>Venice model ids by foreign model id.</returns>
        [Get("/models/compatibility_mapping")]
        Task<ModelCompatibilityMapping> ListCompatibilityMappingAsync([Query("type")] ModelType? type = null, CancellationToken cancellationToken = default);
    }
}
