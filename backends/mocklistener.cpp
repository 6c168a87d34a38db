#include "mocklistener.h"

#include <utility>

MockListener::MockListener(Accepted accepted, QObject *parent)
    : AcceptingServer(parent)
    , m_accepted(std::move(accepted))
{
}

void MockListener::incomingConnection(qintptr descriptor)
{
    m_accepted(descriptor);
}
