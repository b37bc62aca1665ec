from django.conf import settings
from django.core.paginator import Paginator


def paginate(request, queryset, per_page: int | None = None) -> dict:
    """Context for one page of a long list, keeping the filters in the page links."""
    paginator = Paginator(queryset, per_page or settings.SAMENSPEL_PAGE_SIZE)
    page_obj = paginator.get_page(request.GET.get("page"))
    params = request.GET.copy()
    params.pop("page", None)
    encoded = params.urlencode()
    return {
        "page_obj": page_obj,
        "object_list": page_obj.object_list,
        "querystring_without_page": f"{encoded}&" if encoded else "",
    }
