#include "addresscommands.h"

namespace hierarch {

SetAddressesCommand::SetAddressesCommand(Document *document, ItemId site,
                                         QList<SenderAddress> before, QList<SenderAddress> after,
                                         const QString &text, QUndoCommand *parent)
    : DocumentCommand(document, text, parent), mSite(site), mBefore(std::move(before)),
      mAfter(std::move(after))
{}

void SetAddressesCommand::redo()
{
    mDocument->applySetAddresses(mSite, mAfter);
}

void SetAddressesCommand::undo()
{
    mDocument->applySetAddresses(mSite, mBefore);
}

} // namespace hierarch
