"""The public API's views, serializer fields, content negotiation and site shell.

The router that gives them their addresses is `turnto.api`; the fields of one app's pages
live in that app (`directory.api.fields`, `news.api_fields`)."""
