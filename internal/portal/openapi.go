package portal

import (
	_ "embed"
	"net/http"

	"github.com/gin-gonic/gin"
)

// OpenAPI is the hand-written OpenAPI 3 document of the /v1 API (a test checks that it
// documents every route Mount registers).
//
//go:embed openapi.json
var OpenAPI []byte

func (s *Server) getOpenAPI(c *gin.Context) { c.Data(http.StatusOK, "application/json", OpenAPI) }
