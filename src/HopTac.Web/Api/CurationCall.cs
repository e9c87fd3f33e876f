using System.Security.Claims;
using HopTac.Storage.Knowledge;
using HopTac.Web.Curation;
using Microsoft.Extensions.Localization;

namespace HopTac.Web.Api;

/// <summary>What every curation endpoint is handed: who asks, the services, and the interface strings for refusals.</summary>
internal sealed record CurationCall(
    ClaimsPrincipal User, CurationService Service, IKnowledgeBase Knowledge, IStringLocalizer<SharedResource> Localizer, HttpContext Http);
