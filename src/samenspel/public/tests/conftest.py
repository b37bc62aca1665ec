import pytest

from .factories import published_villages


@pytest.fixture
def villages(programme):
    return published_villages(programme)
